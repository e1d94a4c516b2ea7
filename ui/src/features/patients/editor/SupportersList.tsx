import { Button, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { EvacuationSupporter } from "../../../ipc/bindings.gen";
import { ItemFrame } from "./ItemFrame";
import { removeAt, replaceAt } from "./record";
import type { SectionProps } from "./Section";

const fields = ["name", "relation", "address", "phone"] as const;

/**
 * 避難支援等実施者 (災害対策基本法 49条の14): who helps the patient out of the home. Printed on the
 * 個別避難計画, which leaves blank rows for them when none is recorded.
 */
export function SupportersList({ record, update }: Pick<SectionProps, "record" | "update">) {
  const t = useT();
  const supporters = record.evacuationSupporters;
  const set = (i: number, patch: Partial<EvacuationSupporter>) =>
    update((r) => ({
      ...r,
      evacuationSupporters: replaceAt(r.evacuationSupporters, i, { ...r.evacuationSupporters[i]!, ...patch }),
    }));

  return (
    <Stack gap="sm" role="group" aria-labelledby="supporters-heading">
      <div>
        <Text fw={700} id="supporters-heading">
          {t("evacuation.supporters")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("evacuation.supportersHint")}
        </Text>
      </div>
      {supporters.length === 0 && <Text c="dimmed">{t("supporter.none")}</Text>}
      {supporters.map((s, i) => (
        <ItemFrame
          key={i}
          heading={t("supporter.heading", { n: i + 1 })}
          removeLabel={t("supporter.removeLabel", { n: i + 1 })}
          onRemove={() => update((r) => ({ ...r, evacuationSupporters: removeAt(r.evacuationSupporters, i) }))}
          testId={`supporter-${i}`}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {fields.map((field) => (
              <TextInput
                key={field}
                label={t(`supporter.${field}`)}
                description={field === "relation" ? t("supporter.relationHint") : undefined}
                type={field === "phone" ? "tel" : "text"}
                value={s[field] ?? ""}
                onChange={(e) => set(i, { [field]: e.currentTarget.value })}
                data-testid={`supporter-${field}-${i}`}
              />
            ))}
          </SimpleGrid>
        </ItemFrame>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            update((r) => ({
              ...r,
              evacuationSupporters: [...r.evacuationSupporters, { name: "", relation: "", address: "", phone: "" }],
            }))
          }
          data-testid="supporter-add"
        >
          {t("supporter.add")}
        </Button>
      </Group>
    </Stack>
  );
}
