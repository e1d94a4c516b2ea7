import { Alert, Badge, Code, Stack, Table, Text } from "@mantine/core";
import { errorText } from "../../i18n/errors";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import type { Translate } from "../../i18n/translate";
import type { ImportedFile } from "../../ipc/bindings.gen";
import type { MemberFileOutcome } from "./useMemberImport";

type Row = { file: string; imported: ImportedFile } | { file: string; reason: string };

/** A refused file and one the Rust side could not read are the same to the user: nothing of it was stored. */
function rowOf(t: Translate, outcome: MemberFileOutcome): Row {
  if ("error" in outcome) return { file: outcome.file, reason: errorText(t, outcome.error) };
  const { imported, refused } = outcome.result;
  if (imported !== null) return { file: outcome.file, imported };
  return { file: outcome.file, reason: refused ?? t("regional.importRefusedNoReason") };
}

type Props = { outcomes: MemberFileOutcome[]; finished: boolean };

/** One row per chosen file, in the order chosen: 取り込み / 新しい版に更新 / 取り込み済み / 拒否 and why. */
export function MemberImportResults({ outcomes, finished }: Props) {
  const t = useT();
  const language = useLanguage();
  const rows = outcomes.map((outcome) => rowOf(t, outcome));
  const refused = rows.filter((row) => "reason" in row).length;

  return (
    <Stack gap="sm" w="100%">
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder verticalSpacing="xs" data-testid="region-import-results">
          <Table.Caption>{t("regional.importResultsCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("regional.colFile")}</Table.Th>
              <Table.Th>{t("regional.colOutcome")}</Table.Th>
              <Table.Th>{t("regional.colDetail")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr
                key={index}
                data-testid={`region-import-row-${index}`}
                data-outcome={"imported" in row ? "imported" : "refused"}
              >
                <Table.Td style={{ wordBreak: "break-all" }}>{row.file}</Table.Td>
                {"imported" in row ? (
                  <>
                    <Table.Td>
                      <Badge color={row.imported.kind === "alreadyImported" ? "gray" : "green"} variant="light" radius="sm">
                        ✓ {t(`regional.importKind.${row.imported.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {row.imported.revision === null
                          ? row.imported.senderName
                          : t("regional.importSender", { name: row.imported.senderName, n: row.imported.revision })}
                      </Text>
                      <Code fz="xs">{row.imported.fingerprint}</Code>
                    </Table.Td>
                  </>
                ) : (
                  <>
                    <Table.Td>
                      <Badge color="red" variant="light" radius="sm">
                        ⚠ {t("regional.importRefused")}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" data-testid={`region-import-reason-${index}`}>
                        {row.reason}
                      </Text>
                    </Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {finished && (
        <Alert
          color={refused > 0 ? "orange" : "green"}
          variant="light"
          role="status"
          data-testid="region-import-summary"
        >
          <Text>{t("regional.importSummary", { total: rows.length, imported: rows.length - refused, refused })}</Text>
          {refused > 0 && <Text fw={700}>{t("regional.importRefusedNote")}</Text>}
          {refused > 0 && language !== "ja" && (
            <Text size="sm">{t("regional.importReasonsJapanese")}</Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
