import { FactList } from "../../components/FactList";
import { DateLabel } from "../../components/DateLabel";
import { formatNumber, formatShortDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { BackupPreview } from "../../ipc/bindings.gen";

/** What a backup holds, by counts (the Rust side never reads names out of it). */
export function BackupFacts({ preview }: { preview: BackupPreview }) {
  const t = useT();
  const language = useLanguage();
  const count = (n: number) => t("backups.count", { n: formatNumber(n, language) });
  return (
    <FactList
      facts={[
        {
          label: t("backups.organization"),
          value: preview.organizationName ?? t("backups.organizationNone"),
          testId: "backup-organization",
        },
        {
          label: t("backups.planVersions"),
          value: preview.planVersions === 0 ? t("backups.planVersionsNone") : t("backups.planVersionsCount", { n: preview.planVersions }),
          testId: "backup-plan-versions",
        },
        {
          label: t("backups.latestRevision"),
          value: preview.latestRevisionOn === null ? t("backups.none") : <DateLabel iso={preview.latestRevisionOn} />,
          testId: "backup-latest-revision",
        },
        { label: t("backups.planAnswers"), value: count(preview.planAnswers), testId: "backup-plan-answers" },
        { label: t("backups.patients"), value: count(preview.patients), testId: "backup-patients" },
        { label: t("backups.partners"), value: count(preview.partners), testId: "backup-partners" },
        { label: t("backups.drills"), value: count(preview.drills), testId: "backup-drills" },
        {
          label: t("backups.lastEvent"),
          value: preview.lastEventAt === null ? t("backups.none") : formatShortDateTime(preview.lastEventAt),
          testId: "backup-last-event",
        },
        { label: t("backups.schema"), value: String(preview.schemaVersion), testId: "backup-schema" },
        {
          label: t("backups.integrity"),
          value: preview.intact ? `✓ ${t("backups.intact")}` : `⚠ ${t("backups.damaged")}`,
          testId: "backup-integrity",
        },
      ]}
    />
  );
}
