import type { Field, Value } from "../../../ipc/bindings.gen";
import { ChoiceField } from "./ChoiceField";
import { DateField } from "./DateField";
import { ListField } from "./ListField";
import { LongtextField } from "./LongtextField";
import { MatrixField } from "./MatrixField";
import { MultichoiceField } from "./MultichoiceField";
import { NumberField } from "./NumberField";
import { TableField } from "./TableField";
import { TextField } from "./TextField";
import type { EditorFrame } from "./types";

type Props = {
  stepId: string;
  field: Field;
  initial: Value | undefined;
  onChange: (value: Value, now?: boolean) => void;
  onFlush: () => void;
  frame: EditorFrame;
};

/** The editor for the field's type; a new type in the contract fails to compile here. */
export function FieldEditor({ field, ...rest }: Props) {
  switch (field.type) {
    case "text":
      return <TextField field={field} {...rest} />;
    case "longtext":
      return <LongtextField field={field} {...rest} />;
    case "number":
      return <NumberField field={field} {...rest} />;
    case "date":
      return <DateField field={field} {...rest} />;
    case "choice":
      return <ChoiceField field={field} {...rest} />;
    case "multichoice":
      return <MultichoiceField field={field} {...rest} />;
    case "list":
      return <ListField field={field} {...rest} />;
    case "table":
      return <TableField field={field} {...rest} />;
    case "matrix":
      return <MatrixField field={field} {...rest} />;
  }
}
