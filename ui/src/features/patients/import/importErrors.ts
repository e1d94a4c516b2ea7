import { errorText, ipcErrorOf } from "../../../i18n/errors";
import type { Translate } from "../../../i18n/translate";
import { mappingProblem } from "./mappingProblem";
import type { Mapping } from "./useImportSession";

/** The Rust side refused the mapping (invalidInput on "mapping"), not the file. */
export function isMappingRefusal(error: unknown): boolean {
  const ipc = ipcErrorOf(error);
  return ipc?.kind === "invalidInput" && ipc.field === "mapping";
}

/** The sentence under the mapping table, naming the column at fault when it can be worked out. */
export function mappingErrorText(t: Translate, mapping: Mapping): string {
  const problem = mappingProblem(mapping);
  if (problem === null) return t("import.mappingInvalid");
  if (problem.kind === "noName") return t("import.mappingNoName");
  return t("import.mappingTwice", { column: t(`tableColumn.${problem.column}`) });
}

/**
 * Why a file could not be read or imported, in the words of this screen (the shared sentences speak of
 * saving and printing). A mapping refused before any header is known means no header read as 氏名.
 */
export function fileErrorText(t: Translate, error: unknown): string {
  const ipc = ipcErrorOf(error);
  if (isMappingRefusal(error)) return t("import.noNameColumn");
  if (ipc?.kind === "fileRejected") return t("import.unreadable");
  if (ipc?.kind === "notFound") return t("import.missing");
  return errorText(t, error);
}

/** Why the import itself failed; nothing was changed in any case (the Rust side adds every row or none). */
export function commitErrorText(t: Translate, error: unknown, mapping: Mapping): string {
  const ipc = ipcErrorOf(error);
  if (isMappingRefusal(error)) return mappingErrorText(t, mapping);
  if (ipc?.kind === "fileRejected") return t("import.rejectedOnCommit");
  if (ipc?.kind === "notFound") return t("import.missing");
  return errorText(t, error);
}
