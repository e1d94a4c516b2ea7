import { errorText, ipcErrorOf } from "../../../i18n/errors";
import type { Translate } from "../../../i18n/translate";
import type { MappingError } from "../../../ipc/bindings.gen";
import type { MappingSource } from "./useImportSession";

/**
 * The Rust side refused the mapping (invalidInput on "mapping"), not the file. The preview reports a
 * missing 氏名 or a column chosen twice in its `mappingProblem` instead, so this is now only a mapping
 * whose length no longer fits the file's columns.
 */
export function isMappingRefusal(error: unknown): boolean {
  const ipc = ipcErrorOf(error);
  return ipc?.kind === "invalidInput" && ipc.field === "mapping";
}

/** The sentence under the mapping table. A guess without 氏名 means no header was recognised as the name. */
export function mappingProblemText(t: Translate, problem: MappingError, source: MappingSource): string {
  switch (problem.kind) {
    case "noName":
      return source === "chosen" ? t("import.mappingNoName") : t("import.noNameColumn");
    case "twice":
      return t("import.mappingTwice", { column: t(`tableColumn.${problem.column}`) });
    case "wrongLength":
      return t("import.columnsChanged");
  }
}

/** Why a file could not be read, in the words of this screen (the shared sentences speak of saving and printing). */
export function fileErrorText(t: Translate, error: unknown): string {
  const ipc = ipcErrorOf(error);
  if (ipc?.kind === "fileRejected") return t("import.unreadable");
  if (ipc?.kind === "notFound") return t("import.missing");
  return errorText(t, error);
}

/** Why the import itself failed; nothing was changed in any case (the Rust side adds every row or none). */
export function commitErrorText(t: Translate, error: unknown): string {
  const ipc = ipcErrorOf(error);
  if (isMappingRefusal(error)) return t("import.columnsChangedOnCommit");
  if (ipc?.kind === "fileRejected") return t("import.rejectedOnCommit");
  if (ipc?.kind === "notFound") return t("import.missing");
  return errorText(t, error);
}
