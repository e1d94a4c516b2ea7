import { Anchor, Loader, Paper, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { PageHeader } from "../../../components/PageHeader";
import { errorText } from "../../../i18n/errors";
import { useT } from "../../../i18n/LanguageProvider";
import { useGuide, useOrganization, useRevisions } from "../../../ipc/queries";
import { versionText, versionWhy } from "./planVersion";
import { RevisionChanges } from "./RevisionChanges";
import { RevisionHistory } from "./RevisionHistory";
import { ReviseForm } from "./ReviseForm";
import { usePlanVersion } from "./usePlanVersion";

/** 改訂履歴: which version the content is and why, fixing it as the next one, the history and what changed. */
export function RevisionsPage() {
  const t = useT();
  const revisions = useRevisions();
  const guide = useGuide();
  const organization = useOrganization();

  const failed = revisions.error ?? guide.error;
  if (failed) return <ErrorNotice text={errorText(t, failed)} />;
  if (!revisions.data || !guide.data || organization.data === undefined) return <Loader aria-label={t("app.loading")} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t("revisions.title")}
        lead={t("revisions.lead")}
        aside={
          <Anchor component={Link} to="/plan" fw={700} data-testid="revisions-back">
            {t("revisions.backToPlan")}
          </Anchor>
        }
      />
      <CurrentVersion />
      <ReviseForm revisions={revisions.data} approver={organization.data?.organization.managerName ?? ""} />
      <RevisionHistory revisions={revisions.data} />
      <RevisionChanges guide={guide.data} revisions={revisions.data} />
    </Stack>
  );
}

/** The label with its なぜ？ in words beside it: what it was worked out from. */
function CurrentVersion() {
  const t = useT();
  const { version, error } = usePlanVersion();
  if (error) return <ErrorNotice text={errorText(t, error)} />;
  if (version === undefined) return <Loader aria-label={t("app.loading")} />;
  return (
    <Paper withBorder p="lg" radius="md">
      <Text size="lg" fw={700} data-testid="revisions-version" data-version={version.kind}>
        {t("revisions.current", { version: versionText(t, version) })}
      </Text>
      <Text data-testid="revisions-version-why">{versionWhy(t, version)}</Text>
    </Paper>
  );
}
