import { Button, Group, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import type { Contact } from "../../../ipc/bindings.gen";
import { ItemFrame } from "./ItemFrame";
import { removeAt, replaceAt } from "./record";
import { Section, type SectionProps } from "./Section";

const fields = ["role", "name", "phone"] as const;

/** The numbers to ring in an outage: device vendor's 24-hour line, oxygen supplier, receiving hospital, family. */
export function ContactsSection({ record, update }: SectionProps) {
  const t = useT();
  const set = (i: number, patch: Partial<Contact>) =>
    update((r) => ({ ...r, contacts: replaceAt(r.contacts, i, { ...r.contacts[i]!, ...patch }) }));

  return (
    <Section id="contacts" title={t("patient.section.contacts")}>
      {record.contacts.length === 0 && <Text c="dimmed">{t("contact.none")}</Text>}
      {record.contacts.map((c, i) => (
        <ItemFrame
          key={i}
          heading={t("contact.heading", { n: i + 1 })}
          removeLabel={t("contact.removeLabel", { n: i + 1 })}
          onRemove={() => update((r) => ({ ...r, contacts: removeAt(r.contacts, i) }))}
          testId={`contact-${i}`}
        >
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {fields.map((field) => (
              <TextInput
                key={field}
                label={t(`contact.${field}`)}
                description={field === "role" ? t("contact.roleHint") : undefined}
                type={field === "phone" ? "tel" : "text"}
                value={c[field]}
                onChange={(e) => set(i, { [field]: e.currentTarget.value })}
                data-testid={`contact-${field}-${i}`}
              />
            ))}
          </SimpleGrid>
        </ItemFrame>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => update((r) => ({ ...r, contacts: [...r.contacts, { role: "", name: "", phone: "" }] }))}
          data-testid="contact-add"
        >
          {t("contact.add")}
        </Button>
      </Group>
    </Section>
  );
}
