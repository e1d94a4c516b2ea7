import { defaultRangeExtractor, measureElement as measuredSize, useWindowVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";

type Options<T> = {
  items: readonly T[];
  /** Stable per item (a patient's id), so measured heights and pins follow the item when the list re-sorts. */
  keyOf: (item: T) => string;
  /** A first guess of a row's height in rem (so it follows the text size); rendered rows are measured. */
  estimateRem: number;
  /** Items that stay rendered wherever the window is, e.g. a check being entered. */
  pinned?: ReadonlySet<string>;
};

export type WindowRow<T> = {
  item: T;
  index: number;
  key: string;
  /** Empty space before this row for the rows not rendered between it and the one before. */
  gapBefore: number;
};

/**
 * Rows rendered beyond the screen, both ways. Tab moves through rendered rows in their natural
 * order; the browser scrolls each focused control into view and the window follows, so ten rows
 * of margin are far more than one key press can cross.
 */
export const overscanRows = 10;

const rootFontPx = () => {
  const px = typeof window === "undefined" ? NaN : Number.parseFloat(window.getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
};

const windowRect = () =>
  typeof window === "undefined" ? { width: 0, height: 0 } : { width: window.innerWidth, height: window.innerHeight };

/**
 * A long list rendered a window at a time, scrolled by the page itself (the AppShell scrolls the
 * document, so a list with a scroll bar of its own would give the page two). Only the rows near the
 * screen are in the DOM; the ones in between are empty space of their measured (or estimated) height,
 * given as `gapBefore` and `gapAfter`. The row last focused and any pinned rows are always rendered,
 * so a control never disappears under the keyboard or a half-entered check.
 *
 * Give `listRef` to the element the rows start in (a tbody, an ol) and `rowProps(row)` to each row.
 */
export function useWindowRows<T>({ items, keyOf, estimateRem, pinned }: Options<T>) {
  const list = useRef<HTMLElement | null>(null);
  const listRef = useCallback((element: HTMLElement | null) => {
    list.current = element;
  }, []);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);

  // Where the list starts in the page: what is above it (headers, notices, forms) may grow or shrink.
  const measureMargin = useCallback(() => {
    if (list.current === null) return;
    const top = Math.round(list.current.getBoundingClientRect().top + window.scrollY);
    setScrollMargin((current) => (current === top ? current : top));
  }, []);
  useLayoutEffect(measureMargin);
  useLayoutEffect(() => {
    window.addEventListener("resize", measureMargin);
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measureMargin);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener("resize", measureMargin);
      observer?.disconnect();
    };
  }, [measureMargin]);

  const fontPx = rootFontPx();
  const estimateSize = useCallback(() => Math.round(estimateRem * fontPx), [estimateRem, fontPx]);

  // Indexes that must stay rendered, as a string so the range extractor changes only when they do.
  const keep = new Set(pinned);
  if (focusedKey !== null) keep.add(focusedKey);
  const keptIndexes: number[] = [];
  if (keep.size > 0)
    items.forEach((item, i) => {
      if (keep.has(keyOf(item))) keptIndexes.push(i);
    });
  const kept = keptIndexes.join(",");
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (kept === "") return indexes;
      const all = new Set(indexes);
      for (const i of kept.split(",").map(Number)) if (i < range.count) all.add(i);
      return [...all].sort((a, b) => a - b);
    },
    [kept],
  );

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize,
    overscan: overscanRows,
    scrollMargin,
    initialRect: windowRect(),
    getItemKey: (i) => {
      const item = items[i];
      return item === undefined ? i : keyOf(item);
    },
    rangeExtractor,
    // A rendered row always has some height; none means no layout (a test's DOM), so the guess stands.
    measureElement: (element, entry, instance) => {
      const size = measuredSize(element, entry, instance);
      return size > 0 ? size : estimateSize();
    },
  });

  let end = scrollMargin;
  const rows: WindowRow<T>[] = [];
  for (const virtual of virtualizer.getVirtualItems()) {
    const item = items[virtual.index];
    if (item === undefined) continue;
    rows.push({ item, index: virtual.index, key: String(virtual.key), gapBefore: Math.max(0, virtual.start - end) });
    end = virtual.end;
  }
  const gapAfter = Math.max(0, scrollMargin + virtualizer.getTotalSize() - end);

  const measureRef = virtualizer.measureElement;
  const rowProps = useMemo(
    () => (row: WindowRow<T>) => ({
      ref: measureRef,
      "data-index": row.index,
      // Focus inside the row, including its popovers (React events bubble out of portals), keeps it rendered.
      onFocus: () => setFocusedKey(row.key),
    }),
    [measureRef],
  );

  return { listRef, rows, gapAfter, rowProps };
}
