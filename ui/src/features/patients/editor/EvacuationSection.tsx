import { Checkbox, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../../i18n/LanguageProvider";
import { Section, type SectionProps } from "./Section";
import { SupportersList } from "./SupportersList";

const flags = ["admissionArranged", "powerCompanyRegistered"] as const;

/** Where and how the patient leaves home: the items the 個別避難計画 draft is printed from. */
export function EvacuationSection({ record, update }: SectionProps) {
  const t = useT();
  // The text is kept as typed (a fresh empty line while pressing Enter); the record gets the non-empty lines.
  const [text, setText] = useState(() => record.evacuationDestinations.join("\n"));

  return (
    <Section id="evacuation" title={t("patient.section.evacuation")}>
      <Textarea
        label={t("evacuation.destinations")}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const evacuationDestinations = next
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line !== "");
          update((r) => ({ ...r, evacuationDestinations }));
        }}
        data-testid="evacuation-destinations"
      />
      <SupportersList record={record} update={update} />
      <TextInput
        label={t("evacuation.transport")}
        description={t("evacuation.transportHint")}
        value={record.evacuationTransport}
        onChange={(e) => {
          const evacuationTransport = e.currentTarget.value;
          update((r) => ({ ...r, evacuationTransport }));
        }}
        data-testid="patient-evacuation-transport"
      />
      <Textarea
        label={t("evacuation.route")}
        description={t("evacuation.routeHint")}
        autosize
        minRows={2}
        value={record.evacuationRoute}
        onChange={(e) => {
          const evacuationRoute = e.currentTarget.value;
          update((r) => ({ ...r, evacuationRoute }));
        }}
        data-testid="patient-evacuation-route"
      />
      {flags.map((flag) => (
        <Checkbox
          key={flag}
          label={t(`evacuation.${flag}`)}
          checked={record[flag]}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            update((r) => ({ ...r, [flag]: checked }));
          }}
          data-testid={`evacuation-${flag}`}
        />
      ))}
    </Section>
  );
}
