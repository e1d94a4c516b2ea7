import { useState } from "react";
import type { FileResult } from "../../ipc/bindings.gen";
import { useChooseMemberFiles, useImportMemberFile, useRefreshAfterMemberImport } from "../../ipc/regionalQueries";

/** One chosen file and what became of it: the Rust side's answer, or why the call itself failed. */
export type MemberFileOutcome = { file: string; result: FileResult } | { file: string; error: unknown };

export type MemberImportRun = {
  total: number;
  /** In the order the files were chosen; shorter than `total` while the run goes on. */
  outcomes: MemberFileOutcome[];
  running: boolean;
};

/** The file's name as the Rust side reports it, for a file it could not even read. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * Choose → import each file in turn → refresh once. One file at a time, so the bar moves with real
 * progress; a file that fails does not stop the others (each is stored whole or not at all).
 */
export function useMemberImport() {
  const choose = useChooseMemberFiles();
  const importOne = useImportMemberFile();
  const refresh = useRefreshAfterMemberImport();
  const [run, setRun] = useState<MemberImportRun | null>(null);

  const start = async () => {
    let paths: string[];
    try {
      paths = await choose.mutateAsync();
    } catch {
      return; // the dialog's failure is on `choose.error`
    }
    if (paths.length === 0) return; // cancelled: the last run's results stay on screen
    setRun({ total: paths.length, outcomes: [], running: true });
    for (const path of paths) {
      let outcome: MemberFileOutcome;
      try {
        const result = await importOne.mutateAsync(path);
        outcome = { file: result.file, result };
      } catch (error) {
        outcome = { file: fileName(path), error };
      }
      setRun((r) => r && { ...r, outcomes: [...r.outcomes, outcome] });
    }
    setRun((r) => r && { ...r, running: false });
    await refresh();
  };

  return { run, start, choosing: choose.isPending, chooseError: choose.error, clearChooseError: choose.reset };
}
