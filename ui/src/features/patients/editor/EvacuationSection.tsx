import { Checkbox, Textarea } from "@mantine/core";
import { useState } from "react";
import { useT } from "../../../i18n/LanguageProvider";
import { Section, type SectionProps } from "./Section";

const flags = ["admissionArranged", "powerCompanyRegistered"] as const;

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
