import { Button, Progress, Stack, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { LinkSection } from "../links/LinkSection";
import { MemberImportResults } from "./MemberImportResults";
import { useMemberImport } from "./useMemberImport";

/** 参加事業所のファイル: the members' plan files, many at once, with each file's fate on its own row. */
export function MemberImport() {
  const t = useT();
  const { run, start, choosing, chooseError, clearChooseError } = useMemberImport();
  const done = run?.outcomes.length ?? 0;
  const percent = run && run.total > 0 ? Math.round((done * 100) / run.total) : 0;

  return (
    <LinkSection title={t("regional.importTitle")} lead={t("regional.importLead")} testId="region-import-section">
      <Stack gap="sm" align="flex-start">
        <Button onClick={() => void start()} loading={choosing || run?.running} data-testid="region-import">
          {t("regional.importButton")}
        </Button>
        {chooseError != null && (
          <ErrorNotice text={errorText(t, chooseError)} close={{ label: t("print.close"), onClose: clearChooseError }} />
        )}
        {run && (
          <Stack gap={4} w="100%">
            {/* Counted in files, not percent: the bar's value is n of total, as the line above it says. */}
            <Text aria-live="polite" data-testid="region-import-count">
              {run.running
                ? t("regional.importRunning", { done, total: run.total })
                : t("regional.importDone", { done, total: run.total })}
            </Text>
            <Progress.Root size="lg" radius="sm">
              <Progress.Section
                value={percent}
                withAria={false}
                role="progressbar"
                aria-label={t("regional.importProgress")}
                aria-valuemin={0}
                aria-valuemax={run.total}
                aria-valuenow={done}
                aria-valuetext={t("regional.importProgressText", { done, total: run.total })}
                data-testid="region-import-progress"
              />
            </Progress.Root>
          </Stack>
        )}
        {run && run.outcomes.length > 0 && <MemberImportResults outcomes={run.outcomes} finished={!run.running} />}
      </Stack>
    </LinkSection>
  );
}
