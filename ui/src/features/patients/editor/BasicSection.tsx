import { NativeSelect, SimpleGrid, TextInput, type ComboboxStringGroupData } from "@mantine/core";
import type { ChangeEvent } from "react";
import { errorText } from "../../../i18n/errors";
import { useT } from "../../../i18n/LanguageProvider";
import { useRegions } from "../../../ipc/queries";
import { municipalityOptions } from "../../organization/MunicipalitySelect";
import { livings, oneOf, sexes } from "../choices";
import { NumberBox } from "../../../components/NumberBox";
import { Section, type SectionProps } from "./Section";

export function BasicSection({ record, update, errorOf }: SectionProps) {
  const t = useT();
  const regions = useRegions();
  const text = (field: "name" | "kana" | "address" | "phone" | "primaryDoctor" | "careManager") => ({
    value: record[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      update((r) => ({ ...r, [field]: value }));
    },
  });

  const none = { value: "", label: t("patient.municipalityNone") };
  let municipalities: ComboboxStringGroupData = [none];
  if (regions.data) municipalities = [none, ...municipalityOptions(regions.data)];
  // Until the list arrives, keep the stored choice visible instead of showing 未選択.
  else if (record.municipality !== null) municipalities = [none, record.municipality];

  return (
    <Section id="basic" title={t("patient.section.basic")} error={errorOf("section-basic")}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput label={t("patient.name")} required {...text("name")} error={errorOf("name")} data-testid="patient-name" />
        <TextInput label={t("patient.kana")} {...text("kana")} data-testid="patient-kana" />
        <TextInput
          label={t("patient.birthDate")}
          type="date"
          styles={{ wrapper: { width: "12rem" } }}
          value={record.birthDate ?? ""}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update((r) => ({ ...r, birthDate: value === "" ? null : value }));
          }}
          error={errorOf("birthDate")}
          data-testid="patient-birth-date"
        />
        <NativeSelect
          label={t("patient.sex")}
          // Asked for by the 避難行動要支援者名簿; left 未記入 unless the person states it.
          data={[{ value: "", label: t("sex.none") }, ...sexes.map((s) => ({ value: s, label: t(`sex.${s}`) }))]}
          value={record.sex ?? ""}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update((r) => ({ ...r, sex: oneOf(sexes, value) ? value : null }));
          }}
          styles={{ wrapper: { width: "12rem" } }}
          data-testid="patient-sex"
        />
        <NativeSelect
          label={t("patient.living")}
          data={livings.map((l) => ({ value: l, label: t(`living.${l}`) }))}
          value={record.living}
          onChange={(e) => {
            const living = e.currentTarget.value;
            if (oneOf(livings, living)) update((r) => ({ ...r, living }));
          }}
          data-testid="patient-living"
        />
        <TextInput label={t("patient.phone")} type="tel" {...text("phone")} data-testid="patient-phone" />
        <TextInput label={t("patient.address")} {...text("address")} data-testid="patient-address" />
        <NativeSelect
          label={t("patient.municipality")}
          data={municipalities}
          value={record.municipality ?? ""}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update((r) => ({ ...r, municipality: value === "" ? null : value }));
          }}
          error={errorOf("municipality") ?? (regions.isError ? errorText(t, regions.error) : undefined)}
          data-testid="patient-municipality"
        />
        <TextInput label={t("patient.primaryDoctor")} {...text("primaryDoctor")} data-testid="patient-doctor" />
        <TextInput label={t("patient.careManager")} {...text("careManager")} data-testid="patient-care-manager" />
      </SimpleGrid>
      <NumberBox
        label={t("patient.offVentTolerance")}
        value={record.offVentToleranceMin}
        onChange={(offVentToleranceMin) => update((r) => ({ ...r, offVentToleranceMin }))}
        min={0}
        testId="patient-off-vent"
      />
    </Section>
  );
}
