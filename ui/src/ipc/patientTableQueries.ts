// 台帳の取り込みと書き出し: the register from and to a CSV or Excel file the user picks. Kept apart from
// patientQueries.ts, which serves the register itself.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { commands, type TableColumn, type TableFileFormat } from "./bindings.gen";
import { unwrap } from "./client";
import { queryKeys } from "./queries";

/** Per header of the file: the column it is read as, or null (not imported). null as a whole = guess from the headers. */
export type ImportMapping = (TableColumn | null)[] | null;

/**
 * `passphrase` for a register exported by this app (encrypted, .age); null for a plain file. The Rust
 * side answers invalidInput on "passphrase" when an encrypted file comes without one or with a wrong one.
 */
export type ImportRequest = { path: string; mapping: ImportMapping; passphrase: string | null };

/** The native open dialog; resolves to null when the user cancels. */
export function useChoosePatientFile() {
  return useMutation({ mutationFn: () => unwrap(commands.choosePatientFile()) });
}

/**
 * What importing would do, row by row. A mutation rather than a cached query although it changes
 * nothing: it reads a file the user may be fixing in Excel meanwhile, so every reading is asked for.
 */
export function usePreviewImport() {
  return useMutation({
    mutationFn: ({ path, mapping, passphrase }: ImportRequest) =>
      unwrap(commands.previewPatientImport(path, mapping, passphrase)),
  });
}

/** Adds every new row or nothing; the list is asked again once something was added. */
export function useImportPatients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, mapping, passphrase }: ImportRequest) => unwrap(commands.importPatients(path, mapping, passphrase)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients }),
        // New patients with devices count in the reminders' data ages.
        queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
      ]),
  });
}

/** The register always leaves encrypted to a passphrase (8 characters or more) the recipient is told apart. */
export type ExportRequest = { format: TableFileFormat; passphrase: string };

/** The save dialog, then the file; resolves to the path written, or null when the user cancels. */
export function useExportPatients() {
  return useMutation({
    mutationFn: ({ format, passphrase }: ExportRequest) => unwrap(commands.exportPatients(format, passphrase)),
  });
}
