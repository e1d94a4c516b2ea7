import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { actionCategories } from "./auditText";

/** As typed; empty fields match everything. */
export type AuditFilterFields = { action: string; subject: string; from: string; to: string };

export const noFilter: AuditFilterFields = { action: "", subject: "", from: "", to: "" };

type Props = { value: AuditFilterFields; onChange: (value: AuditFilterFields) => void };

export function AuditFilters({ value, onChange }: Props) {
  const t = useT();
  const set = (field: keyof AuditFilterFields) => (text: string) => onChange({ ...value, [field]: text });
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <NativeSelect
        label={t("audit.filterAction")}
        data={actionCategories.map(({ value: v, label }) => ({ value: v, label: t(label) }))}
        value={value.action}
        onChange={(e) => set("action")(e.currentTarget.value)}
        data-testid="audit-action-filter"
      />
      <TextInput
        label={t("audit.filterSubject")}
        value={value.subject}
        onChange={(e) => set("subject")(e.currentTarget.value)}
        w="18rem"
        data-testid="audit-subject-filter"
      />
      <TextInput
        type="date"
        label={t("audit.from")}
        value={value.from}
        onChange={(e) => set("from")(e.currentTarget.value)}
        data-testid="audit-from"
      />
      <TextInput
        type="date"
        label={t("audit.to")}
        value={value.to}
        onChange={(e) => set("to")(e.currentTarget.value)}
        data-testid="audit-to"
      />
    </Group>
  );
}
