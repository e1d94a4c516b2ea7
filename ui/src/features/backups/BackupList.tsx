import { Table, Text, UnstyledButton } from "@mantine/core";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { BackupEntry } from "../../ipc/bindings.gen";
import { entryWords, sizeText } from "./backupText";

type Props = {
  backups: BackupEntry[];
  selected: string | null;
  onSelect: (fileName: string) => void;
};

/** Newest first, as the Rust side lists them; a backup's time is the button that shows what it holds. */
export function BackupList({ backups, selected, onSelect }: Props) {
  const t = useT();
  const language = useLanguage();
  if (backups.length === 0) return <Text data-testid="backups-empty">{t("backups.empty")}</Text>;
  return (
    <Table highlightOnHover withTableBorder data-testid="backups-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("backups.colTakenAt")}</Table.Th>
          <Table.Th>{t("backups.colReason")}</Table.Th>
          <Table.Th ta="right">{t("backups.colSize")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((entry) => {
          const { time, reason } = entryWords(t, entry);
          const chosen = entry.fileName === selected;
          return (
            <Table.Tr
              key={entry.fileName}
              bg={chosen ? "var(--mantine-primary-color-light)" : undefined}
              data-testid="backup-row"
              data-file={entry.fileName}
              data-selected={chosen || undefined}
            >
              <Table.Td>
                <UnstyledButton
                  onClick={() => onSelect(entry.fileName)}
                  aria-pressed={chosen}
                  aria-label={t("backups.select", { time })}
                  fw={chosen ? 700 : 400}
                  td="underline"
                  c="var(--mantine-color-anchor)"
                >
                  {time}
                </UnstyledButton>
              </Table.Td>
              <Table.Td data-testid="backup-reason">{reason}</Table.Td>
              <Table.Td ta="right" data-testid="backup-size" style={{ whiteSpace: "nowrap" }}>
                {sizeText(t, entry.size, language)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
