import { Paper, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { ErrorNotice } from "../../../components/ErrorNotice";
import type { FullRecord } from "./record";

/** What every section of the editor gets: the record, a way to change it, and the sentence for a problem. */
export type SectionProps = {
  record: FullRecord;
  update: (change: (record: FullRecord) => FullRecord) => void;
  /** The sentence for a problem at this input (see problems.ts), if any; `section-<id>` for a whole section. */
  errorOf: (key: string) => string | undefined;
};

type Props = {
  id: string;
  title: string;
  /** A refusal that names this part of the record but no single input, shown under the title. */
  error?: string;
  children: ReactNode;
};

/** One titled block of the editor, a labelled region so that screen readers can jump between them. */
export function Section({ id, title, error, children }: Props) {
  const headingId = `section-${id}`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId} data-testid={`patient-section-${id}`}>
      <Title order={2} size="h4" mb="md" id={headingId}>
        {title}
      </Title>
      <Stack gap="md">
        {error !== undefined && <ErrorNotice text={error} />}
        {children}
      </Stack>
    </Paper>
  );
}
