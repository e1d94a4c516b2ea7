import type { Translate } from "../../../i18n/translate";
import type { CellError, CellProblem } from "../../../ipc/bindings.gen";

/**
 * One sentence per problem with a cell, written here in the UI's language: the Rust side sends the
 * problem's kind and its data (the range, the accepted words, the other line), not a sentence. The
 * cell's value is quoted as typed, so the user can find it in the file.
 */
export function cellErrorText(t: Translate, error: CellError): string {
  const column = error.column === null ? t("cell.thisRow") : t(`tableColumn.${error.column}`);
  const subject = error.value === "" ? column : t("cell.subject", { column, value: error.value });
  return problemText(t, error.problem, column, subject);
}

function problemText(t: Translate, problem: CellProblem, column: string, subject: string): string {
  switch (problem.kind) {
    case "required":
      return t("cell.required", { column });
    case "notADate":
      return t("cell.notADate", { subject });
    case "notANumber":
      return t("cell.notANumber", { subject });
    case "outOfRange":
      return rangeText(t, subject, problem.min, problem.max);
    case "unknownChoice":
      return t("cell.unknownChoice", {
        subject,
        accepted: problem.accepted.filter((word) => word !== "").join(t("cell.choiceSeparator")),
      });
    case "unknownMunicipality":
      return t("cell.unknownMunicipality", { subject });
    case "needsDevice":
      return t("cell.needsDevice", { subject, device: t(`tableColumn.${problem.device}`) });
    case "repeatedInFile":
      return t("cell.repeatedInFile", { subject, line: problem.line });
    case "record":
      return t("cell.record", { message: problem.message });
  }
}

// The contract allows either end to be missing (a float that did not serialise); say what is known.
function rangeText(t: Translate, subject: string, min: number | null, max: number | null): string {
  if (min !== null && max !== null) return t("cell.outOfRange", { subject, min, max });
  if (min !== null) return t("cell.atLeast", { subject, min });
  if (max !== null) return t("cell.atMost", { subject, max });
  return t("cell.outOfRange", { subject, min: "?", max: "?" });
}
