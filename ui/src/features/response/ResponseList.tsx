import { useCallback, useState } from "react";
import { useT } from "../../i18n/LanguageProvider";
import type { RankedPatient, SafetyCheck } from "../../ipc/bindings.gen";
import { useWindowRows } from "../patients/useWindowRows";
import { ResponseRow } from "./ResponseRow";

type Props = {
  patients: RankedPatient[];
  computedAt: string;
  now: number;
  /** The declared area; empty = everyone. */
  areas: string[];
  lastChecks: Map<string, SafetyCheck>;
  defaultBy: string;
  onRecorded: (by: string) => void;
};

const keyOf = (patient: RankedPatient) => patient.id;

/**
 * The ranked list, a window at a time: with a thousand patients only the rows near the screen are
 * rendered and re-rendered by the clock each second. A row whose check is being entered stays
 * rendered while the list scrolls or re-sorts, so nothing typed is lost.
 */
export function ResponseList({ patients, computedAt, now, areas, lastChecks, defaultBy, onRecorded }: Props) {
  const t = useT();
  const [entering, setEntering] = useState<ReadonlySet<string>>(() => new Set());
  const onEntering = useCallback((id: string, open: boolean) => {
    setEntering((current) => {
      if (current.has(id) === open) return current;
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const { listRef, rows, gapAfter, rowProps } = useWindowRows({ items: patients, keyOf, estimateRem: 11, pinned: entering });

  return (
    <ol
      ref={listRef}
      aria-label={t("response.listLabel")}
      data-testid="response-list"
      // flow-root: the first row's top margin (the gap for rows above) stays inside the list.
      style={{ listStyle: "none", margin: 0, padding: 0, paddingBottom: gapAfter, display: "flow-root" }}
    >
      {rows.map((row) => {
        const patient = row.item;
        return (
          <li
            key={row.key}
            {...rowProps(row)}
            aria-setsize={patients.length}
            aria-posinset={row.index + 1}
            // The spacing between rows is inside the row, so that its measured height includes it.
            style={{ marginTop: row.gapBefore, paddingBottom: "var(--mantine-spacing-sm)" }}
          >
            <ResponseRow
              patient={patient}
              computedAt={computedAt}
              now={now}
              affected={areas.length === 0 || (patient.municipality !== null && areas.includes(patient.municipality))}
              lastCheck={lastChecks.get(patient.id)}
              defaultBy={defaultBy}
              onRecorded={onRecorded}
              onEntering={onEntering}
            />
          </li>
        );
      })}
    </ol>
  );
}
