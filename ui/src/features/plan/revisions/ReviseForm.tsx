import { Alert, Button, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { dateText } from "../../../components/DateLabel";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { errorText, fieldErrorText } from "../../../i18n/errors";
import { useLanguage, useT } from "../../../i18n/LanguageProvider";
import type { Revision, RevisionInput } from "../../../ipc/bindings.gen";
import { useRevisePlan } from "../../../ipc/queries";
import { moveOnEnter } from "../moveOnEnter";
import { nextNumber } from "./planVersion";
import { ReasonSuggestions } from "./ReasonSuggestions";
import { oneYearAfter, todayIso } from "./reviseDates";

/** Wide enough for the webview's date picker, and the 和暦 reading below fits on one line. */
const dateWidth = { wrapper: { width: "12rem" } };

type Props = {
  revisions: Revision[];
  /** 承認者 to start from (the organisation's 管理者), so the usual case needs no typing. */
  approver: string;
};

/**
 * Fixing a version is a deliberate act with a record (date, reason, approver), so unlike answers it
 * has a button. The Rust side checks the input; a refused field gets its sentence under it.
 */
export function ReviseForm({ revisions, approver: defaultApprover }: Props) {
  const t = useT();
  const language = useLanguage();
  const revise = useRevisePlan();
  const [revisedOn, setRevisedOn] = useState(todayIso);
  const [reason, setReason] = useState("");
  const [approver, setApprover] = useState(defaultApprover);
  const [nextReview, setNextReview] = useState(() => oneYearAfter(todayIso()));
  // The review date follows the revision date until the user sets it themselves.
  const [nextReviewTouched, setNextReviewTouched] = useState(false);

  const fieldError = fieldErrorText(t, revise.error, "revisionError");
  const errorFor = (field: keyof RevisionInput) => (fieldError?.field === field ? fieldError.text : undefined);
  const reading = (iso: string) => (iso === "" ? undefined : dateText(iso, language) || undefined);
  const fixed = revise.isSuccess ? revise.data.at(-1)?.number : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (revise.isPending) return;
    try {
      await revise.mutateAsync({ revisedOn, reason, approver, nextReviewDue: nextReview.trim() === "" ? null : nextReview });
    } catch {
      return; // the sentence shows under the field, or below the form
    }
    setReason("");
  };

  // Enter moves to the next input (as in the wizard) and never fixes a version by itself.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    moveOnEnter(event);
    if (event.key === "Enter" && !event.nativeEvent.isComposing && event.target instanceof HTMLInputElement)
      event.preventDefault();
  };

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="revise-form">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" mb={4}>
            {t("revise.title")}
          </Title>
          <Text>{t("revise.lead")}</Text>
        </div>
        <TextInput
          type="date"
          label={t("revise.date")}
          required
          value={revisedOn}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setRevisedOn(next);
            if (!nextReviewTouched) setNextReview(oneYearAfter(next));
          }}
          description={reading(revisedOn)}
          error={errorFor("revisedOn")}
          styles={dateWidth}
          data-testid="revise-date"
        />
        <Stack gap="xs">
          <TextInput
            label={t("revise.reason")}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            description={t("revise.reasonHint")}
            error={errorFor("reason")}
            data-testid="revise-reason"
          />
          <ReasonSuggestions reason={reason} onPick={setReason} />
        </Stack>
        <TextInput
          label={t("revise.approver")}
          required
          value={approver}
          onChange={(e) => setApprover(e.currentTarget.value)}
          error={errorFor("approver")}
          autoComplete="name"
          maw={480}
          data-testid="revise-approver"
        />
        <TextInput
          type="date"
          label={t("revise.nextReview")}
          value={nextReview}
          onChange={(e) => {
            setNextReview(e.currentTarget.value);
            setNextReviewTouched(true);
          }}
          description={[reading(nextReview), t("revise.nextReviewHint")].filter(Boolean).join(" ・ ")}
          error={errorFor("nextReviewDue")}
          styles={dateWidth}
          data-testid="revise-next-review"
        />
        {revise.isError && fieldError === null && <ErrorNotice text={errorText(t, revise.error)} />}
        {fixed !== undefined && (
          <Alert color="green" variant="light" role="status" data-testid="revise-done">
            ✓ {t("revise.done", { n: fixed })}
          </Alert>
        )}
        <div>
          <Button type="submit" size="lg" loading={revise.isPending} data-testid="revise-submit">
            {t("revise.submit", { n: nextNumber(revisions) })}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
