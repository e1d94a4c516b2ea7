import { Button, Checkbox, Group, Text, TextInput } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { Caregiver } from "../../../ipc/bindings.gen";
import { ItemFrame } from "./ItemFrame";
import { NumberBox } from "../../../components/NumberBox";
import { removeAt, replaceAt } from "./record";
import { Section, type SectionProps } from "./Section";

const abilities = ["nightAvailable", "canSuction", "canBag"] as const;

/** Who is in the home: their age, night presence and skills feed the household points of the score. */
export function CaregiversSection({ record, update }: SectionProps) {
  const t = useT();
  const set = (i: number, patch: Partial<Caregiver>) =>
    update((r) => ({ ...r, caregivers: replaceAt(r.caregivers, i, { ...r.caregivers[i]!, ...patch }) }));

  return (
    <Section id="caregivers" title={t("patient.section.caregivers")}>
      {record.caregivers.length === 0 && <Text c="dimmed">{t("caregiver.none")}</Text>}
      {record.caregivers.map((c, i) => (
        <ItemFrame
          key={i}
          heading={t("caregiver.heading", { n: i + 1 })}
          removeLabel={t("caregiver.removeLabel", { n: i + 1 })}
          onRemove={() => update((r) => ({ ...r, caregivers: removeAt(r.caregivers, i) }))}
          testId={`caregiver-${i}`}
        >
          <Group align="flex-end">
            <TextInput
              label={t("caregiver.relation")}
              value={c.relation}
              onChange={(e) => set(i, { relation: e.currentTarget.value })}
              data-testid={`caregiver-relation-${i}`}
            />
            <NumberBox
              label={t("caregiver.age")}
              value={c.age}
              onChange={(age) => set(i, { age })}
              min={0}
              integer
              width="6rem"
              testId={`caregiver-age-${i}`}
            />
          </Group>
          <Group>
            {abilities.map((ability) => (
              <Checkbox
                key={ability}
                label={t(`caregiver.${ability}`)}
                checked={c[ability]}
                onChange={(e) => set(i, { [ability]: e.currentTarget.checked })}
                data-testid={`caregiver-${ability}-${i}`}
              />
            ))}
          </Group>
        </ItemFrame>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            update((r) => ({
              ...r,
              caregivers: [...r.caregivers, { relation: "", age: null, nightAvailable: true, canSuction: false, canBag: false }],
            }))
          }
          data-testid="caregiver-add"
        >
          {t("caregiver.add")}
        </Button>
      </Group>
    </Section>
  );
}
