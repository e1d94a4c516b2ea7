import { Text } from "@mantine/core";
import type { AutosaveState } from "../autosave/createAutosave";
import { formatTime } from "../i18n/format";
import { useT } from "../i18n/LanguageProvider";

type Props = {
  state: AutosaveState;
  /** RFC 3339 time of the last successful save, shown in local time. */
  savedAt: string | null;
  /** The sentence to show when state is "error". */
  errorText: string | null;
};

/** The quiet 「保存しました」 line that replaces a Save button. */
export function SaveStatus({ state, savedAt, errorText }: Props) {
  const t = useT();
  const text =
    state === "saving"
      ? t("save.saving")
      : state === "saved"
        ? t("save.saved", { time: savedAt ? formatTime(savedAt) : "" }).trim()
        : state === "error"
          ? (errorText ?? t("error.internal"))
          : t("save.idle");

  return (
    <Text
      data-testid="save-status"
      data-state={state}
      role="status"
      aria-live="polite"
      size="sm"
      fw={state === "error" ? 700 : 400}
      c={state === "error" ? "var(--mantine-color-error)" : "dimmed"}
      maw={420}
    >
      {state === "error" ? `⚠ ${text}` : text}
    </Text>
  );
}
