import { Button, Group, Stack } from "@mantine/core";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { PageHeader } from "../../../components/PageHeader";
import { errorText, fieldErrorText } from "../../../i18n/errors";
import { useT } from "../../../i18n/LanguageProvider";
import { useSavePatient } from "../../../ipc/patientQueries";
import { BasicSection } from "./BasicSection";
import { CaregiversSection } from "./CaregiversSection";
import { ConsentsSection } from "./ConsentsSection";
import { ContactsSection } from "./ContactsSection";
import { DevicesSection } from "./DevicesSection";
import { EvacuationSection } from "./EvacuationSection";
import { OverrideSection } from "./OverrideSection";
import { OxygenSection } from "./OxygenSection";
import { PowerSourcesSection } from "./PowerSourcesSection";
import { recordProblems, refusalSections } from "./problems";
import type { FullRecord } from "./record";
import { ResidenceSection } from "./ResidenceSection";
import type { SectionProps } from "./Section";
import { SupportPlanSection } from "./SupportPlanSection";

const sections = [
  BasicSection,
  CaregiversSection,
  ContactsSection,
  ResidenceSection,
  DevicesSection,
  PowerSourcesSection,
  OxygenSection,
  EvacuationSection,
  ConsentsSection,
  SupportPlanSection,
  OverrideSection,
] satisfies ((props: SectionProps) => unknown)[];

/**
 * Unlike the plan and the organisation, this form has a 保存 button: the Rust side checks a patient
 * record as a whole (a source must feed a device that exists, an override needs its reason …) and
 * stores all of it or none of it, so a half-typed record cannot be saved keystroke by keystroke.
 */
export function PatientEditor({ initial }: { initial: FullRecord }) {
  const t = useT();
  const navigate = useNavigate();
  const save = useSavePatient();
  const [record, setRecord] = useState(initial);
  // Problems show from the first attempt to save on, and then follow the user's corrections.
  const [attempted, setAttempted] = useState(false);
  const problems = attempted ? recordProblems(record) : {};
  const refusal = fieldErrorText(t, save.error, "patientError");

  const errorOf = (key: string): string | undefined => {
    const problem = problems[key];
    if (problem !== undefined) return t(problem);
    if (refusal === null) return undefined;
    if (refusal.field === key) return refusal.text;
    const section = key.startsWith("section-") ? key.slice("section-".length) : null;
    return section !== null && refusalSections(refusal.field, record).includes(section) ? refusal.text : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setAttempted(true);
    save.reset();
    if (Object.keys(recordProblems(record)).length > 0) return;
    try {
      await save.mutateAsync(record);
    } catch {
      return; // the sentence shows from save.error
    }
    await navigate({ to: "/patients" });
  };

  const hasProblems = Object.keys(problems).length > 0;
  const title = initial.id === "" ? t("patient.titleNew") : t("patient.titleEdit", { name: initial.name });

  return (
    <form onSubmit={submit} noValidate>
      <PageHeader
        title={title}
        lead={t("patient.lead")}
        aside={
          <Button component={Link} to="/patients" variant="default">
            {t("patient.back")}
          </Button>
        }
      />
      <Stack gap="lg">
        {sections.map((Section, i) => (
          <Section key={i} record={record} update={setRecord} errorOf={errorOf} />
        ))}
        {/* The sentence for the whole record, by the button; the part at fault also says it in its own section. */}
        {(hasProblems || save.isError) && (
          <ErrorNotice text={save.isError ? errorText(t, save.error) : t("error.invalidInput")} />
        )}
        <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
          <Button type="submit" size="lg" loading={save.isPending} data-testid="patient-save">
            {t("patient.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
