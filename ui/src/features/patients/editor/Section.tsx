import { Paper, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { FullRecord } from "./record";

/** What every section of the editor gets: the record, a way to change it, and the sentence for a problem. */
export type SectionProps = {
  record: FullRecord;
  update: (change: (record: FullRecord) => FullRecord) => void;
  /** The sentence for a problem at this input (see problems.ts), if any. */
  errorOf: (key: string) => string | undefined;
};

/** One titled block of the editor, a labelled region so that screen readers can jump between them. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `section-${id}`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId} data-testid={`patient-section-${id}`}>
      <Title order={2} size="h4" mb="md" id={headingId}>
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}
