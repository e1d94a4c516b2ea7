import { useState } from "react";
import { ipcErrorOf, isPassphraseRefusal } from "../../../i18n/errors";
import type { ImportPreview, TableColumn, TableFormat } from "../../../ipc/bindings.gen";
import { useChoosePatientFile, useImportPatients, usePreviewImport } from "../../../ipc/patientTableQueries";
import { isMappingRefusal } from "./importErrors";

export type Mapping = (TableColumn | null)[];

/**
 * How the mapping on screen came about: the Rust side's guess from the headers, the user's choice, or a
 * new guess because the file's columns changed since the user chose (their choice no longer fitted).
 */
export type MappingSource = "guessed" | "chosen" | "guessedAgain";

/** The file being imported. Its headers stay known while the mapping cannot be used, so the user can fix it. */
export type ImportFile = {
  path: string;
  format: TableFormat;
  headers: string[];
  /** Every column a header can be read as, in the register's order. */
  columns: TableColumn[];
  /** As the user last chose it (at first, as the Rust side guessed it from the headers). */
  mapping: Mapping;
  mappingSource: MappingSource;
  /**
   * What importing would do under `mapping`; null while the file could not be read. Its `mappingProblem`
   * says why the mapping cannot be used yet (then it has no rows).
   */
  preview: ImportPreview | null;
  /** The passphrase a register exported by this app (.age) opened with; null for a plain file. */
  passphrase: string | null;
};

/**
 * A chosen file that is encrypted and not yet opened: asked for its passphrase. `wrong` once a
 * passphrase was tried and refused.
 */
export type SealedFile = { path: string; wrong: boolean };

/**
 * Choose → (passphrase →)? preview → (remap → preview)* → import. Every reading goes to the Rust side,
 * which stays the judge of every cell, of the mapping and of the passphrase; the screen only keeps what
 * the last reading said. Callbacks given to `mutate` run for the latest call only, so a slow reading
 * never overwrites a newer one.
 */
export function useImportSession() {
  const choose = useChoosePatientFile();
  const reading = usePreviewImport();
  const commit = useImportPatients();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [sealed, setSealed] = useState<SealedFile | null>(null);

  const read = (path: string, mapping: Mapping | null, source: MappingSource, passphrase: string | null) =>
    reading.mutate(
      { path, mapping, passphrase },
      {
        onSuccess: (preview) => {
          setSealed(null);
          setFile({
            path,
            format: preview.format,
            headers: preview.headers,
            columns: preview.columns,
            mapping: preview.mapping,
            mappingSource: source,
            preview,
            passphrase,
          });
        },
        onError: (error) => {
          // Encrypted (this app's export): ask for the passphrase, or say the one given was wrong.
          if (isPassphraseRefusal(error)) {
            setFile(null);
            setSealed({ path, wrong: passphrase !== null });
            return;
          }
          // The one mapping the Rust side still refuses outright has a length that no longer fits the
          // file: a column was added or removed in Excel since. Nothing on screen can fix that, so guess
          // again from the new headers (never loops: a guess always fits).
          if (mapping !== null && isMappingRefusal(error)) {
            read(path, null, "guessedAgain", passphrase);
            return;
          }
          setFile((f) => (f !== null && f.path === path ? { ...f, preview: null } : f));
        },
      },
    );

  const chooseFile = () =>
    choose.mutate(undefined, {
      onSuccess: (path) => {
        if (path === null) return; // cancelled: keep whatever is on screen
        commit.reset();
        setFile(null);
        setSealed(null);
        read(path, null, "guessed", null);
      },
    });

  /** Reads the encrypted file with the passphrase its sender gave; it is kept for every later reading. */
  const open = (passphrase: string) => {
    if (sealed === null) return;
    read(sealed.path, null, "guessed", passphrase);
  };

  const remap = (index: number, column: TableColumn | null) => {
    if (file === null) return;
    const mapping = file.mapping.map((c, i) => (i === index ? column : c));
    commit.reset();
    // The previous rows stay until the new reading replaces them (the commit waits for it).
    setFile({ ...file, mapping, mappingSource: "chosen" });
    read(file.path, mapping, "chosen", file.passphrase);
  };

  /**
   * After the user fixed the file in Excel and saved it. A mapping the user never touched is guessed
   * again from the current headers, so a header renamed to 「氏名」 in the file is picked up.
   */
  const reload = () => {
    if (file === null) return;
    commit.reset();
    if (file.mappingSource === "chosen") read(file.path, file.mapping, "chosen", file.passphrase);
    else read(file.path, null, "guessed", file.passphrase);
  };

  const importAll = () => {
    if (file === null) return;
    commit.mutate(
      { path: file.path, mapping: file.mapping, passphrase: file.passphrase },
      {
        // The file changed since it was read (bad rows, or other columns): read it again to show how.
        onError: (error) => {
          if (ipcErrorOf(error)?.kind === "fileRejected" || isMappingRefusal(error))
            read(file.path, file.mapping, file.mappingSource, file.passphrase);
        },
      },
    );
  };

  return { choose, reading, commit, file, sealed, chooseFile, open, remap, reload, importAll };
}

export type ImportSession = ReturnType<typeof useImportSession>;
