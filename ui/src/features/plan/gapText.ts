import type { Translate } from "../../i18n/translate";
import type { Field, Gap, GapReason, Guide } from "../../ipc/bindings.gen";
import type { Bilingual } from "../../i18n/localText";

type Local = (text: Bilingual) => string;

/** Why a field is not filled, as a sentence. A table's column is named by its label, not its id. */
export function gapReasonText(t: Translate, local: Local, reason: GapReason, field: Field | undefined): string {
  switch (reason.kind) {
    case "empty":
      return t("gap.empty");
    case "tooFewItems":
      return t("gap.tooFewItems", { have: reason.have, need: reason.need });
    case "tooFewRows":
      return t("gap.tooFewRows", { have: reason.have, need: reason.need });
    case "incompleteRow": {
      const column = field?.type === "table" ? field.columns.find((c) => c.id === reason.column) : undefined;
      return t("gap.incompleteRow", { row: reason.row, column: column ? local(column.label) : reason.column });
    }
    case "tooFewFilledRows":
      return t("gap.tooFewFilledRows", { have: reason.have, need: reason.need });
  }
}

/** 「基本方針 › 基本方針：未記入です」: the gap with the step and field it belongs to. */
export function gapLineText(t: Translate, local: Local, guide: Guide, gap: Gap): string {
  const step = guide.steps.find((s) => s.id === gap.stepId);
  const field = step?.fields.find((f) => f.id === gap.fieldId);
  return t("plan.gapLine", {
    step: step ? local(step.title) : gap.stepId,
    field: field ? local(field.label) : gap.fieldId,
    reason: gapReasonText(t, local, gap.reason, field),
  });
}
