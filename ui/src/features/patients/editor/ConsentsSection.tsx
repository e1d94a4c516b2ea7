import { Button, Group, NativeSelect, Text, TextInput } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { Consent } from "../../../ipc/bindings.gen";
import { isoDate } from "../../../components/DateLabel";
import { consentScopes, oneOf } from "../choices";
import { ItemFrame } from "./ItemFrame";
import { removeAt, replaceAt } from "./record";
import { Section, type SectionProps } from "./Section";

/** With whom the record may be shared, each consent dated; a withdrawal keeps the consent on record. */
export function ConsentsSection({ record, update, errorOf }: SectionProps) {
  const t = useT();
  const set = (i: number, patch: Partial<Consent>) =>
    update((r) => ({ ...r, consents: replaceAt(r.consents, i, { ...r.consents[i]!, ...patch }) }));

  return (
    <Section id="consents" title={t("patient.section.consents")} error={errorOf("section-consents")}>
      {record.consents.length === 0 && <Text c="dimmed">{t("consent.none")}</Text>}
      {record.consents.map((c, i) => (
        <ItemFrame
          key={i}
          heading={t("consent.heading", { n: i + 1 })}
          removeLabel={t("consent.removeLabel", { n: i + 1 })}
          onRemove={() => update((r) => ({ ...r, consents: removeAt(r.consents, i) }))}
          testId={`consent-${i}`}
        >
          <Group align="flex-start">
            <NativeSelect
              label={t("consent.scope")}
              data={consentScopes.map((s) => ({ value: s, label: t(`consentScope.${s}`) }))}
              value={c.scope}
              onChange={(e) => {
                const scope = e.currentTarget.value;
                if (oneOf(consentScopes, scope)) set(i, { scope });
              }}
              data-testid={`consent-scope-${i}`}
            />
            <TextInput
              label={t("consent.grantedOn")}
              type="date"
              value={c.grantedOn}
              onChange={(e) => set(i, { grantedOn: e.currentTarget.value })}
              error={errorOf(`consent-granted-${i}`)}
              data-testid={`consent-granted-${i}`}
            />
            <TextInput
              label={t("consent.withdrawnOn")}
              type="date"
              value={c.withdrawnOn ?? ""}
              onChange={(e) => {
                const value = e.currentTarget.value;
                set(i, { withdrawnOn: value === "" ? null : value });
              }}
              data-testid={`consent-withdrawn-${i}`}
            />
          </Group>
        </ItemFrame>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            update((r) => ({
              ...r,
              // Usually entered on the day it was given.
              consents: [...r.consents, { scope: "municipality", grantedOn: isoDate(new Date()), withdrawnOn: null }],
            }))
          }
          data-testid="consent-add"
        >
          {t("consent.add")}
        </Button>
      </Group>
    </Section>
  );
}
