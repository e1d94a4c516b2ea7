import { useState } from "react";
import { ipcErrorOf } from "../../../i18n/errors";
import type { ImportPreview, TableColumn, TableFormat } from "../../../ipc/bindings.gen";
import { useChoosePatientFile, useImportPatients, usePreviewImport } from "../../../ipc/patientTableQueries";

export type Mapping = (TableColumn | null)[];

/** The file being imported. Its headers stay known while a changed mapping is refused, so the user can fix it. */
export type ImportFile = {
  path: string;
  format: TableFormat;
  headers: string[];
  /** Every column a header can be read as, in the register's order. */
  columns: TableColumn[];
  /** As the user last chose it (at first, as the Rust side guessed it from the headers). */
  mapping: Mapping;
  /** What importing would do under `mapping`; null while that mapping is refused. */
  preview: ImportPreview | null;
};

/**
 * Choose → preview → (remap → preview)* → import. Every reading goes to the Rust side, which stays the
 * judge of every cell; the screen only keeps what the last reading said. Callbacks given to `mutate`
 * run for the latest call only, so a slow reading never overwrites a newer one.
 */
export function useImportSession() {
  const choose = useChoosePatientFile();
  const reading = usePreviewImport();
  const commit = useImportPatients();
  const [file, setFile] = useState<ImportFile | null>(null);

  const read = (path: string, mapping: Mapping | null) =>
    reading.mutate(
      { path, mapping },
      {
        onSuccess: (preview) =>
          setFile({
            path,
            format: preview.format,
            headers: preview.headers,
            columns: preview.columns,
            mapping: preview.mapping,
            preview,
          }),
        onError: () => setFile((f) => (f !== null && f.path === path ? { ...f, preview: null } : f)),
      },
    );

  const chooseFile = () =>
    choose.mutate(undefined, {
      onSuccess: (path) => {
        if (path === null) return; // cancelled: keep whatever is on screen
        commit.reset();
        setFile(null);
        read(path, null);
      },
    });

  const remap = (index: number, column: TableColumn | null) => {
    if (file === null) return;
    const mapping = file.mapping.map((c, i) => (i === index ? column : c));
    commit.reset();
    // The previous rows stay until the new reading replaces them (the commit waits for it).
    setFile({ ...file, mapping });
    read(file.path, mapping);
  };

  /** After the user fixed the file in Excel and saved it. */
  const reload = () => {
    if (file === null) return;
    commit.reset();
    read(file.path, file.mapping);
  };

  const importAll = () => {
    if (file === null) return;
    commit.mutate(
      { path: file.path, mapping: file.mapping },
      {
        // The file changed since it was read and now has bad rows: read it again to show them.
        onError: (error) => {
          if (ipcErrorOf(error)?.kind === "fileRejected") read(file.path, file.mapping);
        },
      },
    );
  };

  return { choose, reading, commit, file, chooseFile, remap, reload, importAll };
}

export type ImportSession = ReturnType<typeof useImportSession>;
