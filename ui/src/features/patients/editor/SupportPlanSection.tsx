import { TextInput } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import { Section, type SectionProps } from "./Section";

export function SupportPlanSection({ record, update, errorOf }: SectionProps) {
  const t = useT();
  return (
    <Section id="supportPlan" title={t("patient.section.supportPlan")} error={errorOf("section-supportPlan")}>
      <TextInput
        label={t("supportPlan.reviewedOn")}
        description={t("supportPlan.hint")}
        type="date"
        styles={{ wrapper: { width: "12rem" } }}
        value={record.supportPlanReviewedOn ?? ""}
        onChange={(e) => {
          const value = e.currentTarget.value;
          update((r) => ({ ...r, supportPlanReviewedOn: value === "" ? null : value }));
        }}
        data-testid="support-plan-reviewed"
      />
    </Section>
  );
}
