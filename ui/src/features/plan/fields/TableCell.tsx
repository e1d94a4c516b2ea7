import { Checkbox, NativeSelect, NumberInput, Textarea, TextInput } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import { useLocalText } from "../../../i18n/localText";
import type { Column } from "../../../ipc/bindings.gen";
import type { CellDraft } from "./tableValue";

type Props = {
  column: Column;
  draft: CellDraft | undefined;
  /** `now` for a choice or a tick, which is finished the moment it is made. */
  onChange: (draft: CellDraft, now?: boolean) => void;
  onBlur: () => void;
  label: string;
  testId: string;
};

export function TableCell({ column, draft, onChange, onBlur, label, testId }: Props) {
  const t = useT();
  const local = useLocalText();
  const text = typeof draft === "string" ? draft : "";
  const common = { "aria-label": label, onBlur, "data-testid": testId };

  switch (column.type) {
    case "text":
      return <TextInput {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case "date":
      return <TextInput {...common} type="date" value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case "longtext":
      return <Textarea {...common} size="md" autosize minRows={2} maxRows={10} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case "list":
      // One item per line: Enter makes the next item, as in a list field.
      return (
        <Textarea
          {...common}
          size="md"
          autosize
          minRows={2}
          maxRows={10}
          placeholder={t("editor.listCellHint")}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case "number":
      return (
        <NumberInput
          {...common}
          size="md"
          hideControls
          clampBehavior="none"
          value={typeof draft === "number" || typeof draft === "string" ? draft : ""}
          onChange={(next) => onChange(next)}
        />
      );
    case "choice":
      return (
        <NativeSelect
          {...common}
          data={[
            { value: "", label: t("editor.choiceNone") },
            ...(column.options ?? []).map((option) => ({ value: option.id, label: local(option) })),
          ]}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value, true)}
        />
      );
    case "boolean":
      return (
        <Checkbox
          {...common}
          size="md"
          checked={draft === true}
          onChange={(e) => onChange(e.currentTarget.checked, true)}
        />
      );
  }
}
