import { Badge, Group, Progress, Table, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { MemberRow } from "../../ipc/bindings.gen";
import { revisionText } from "../links/revisionText";
import { statusColor } from "./statusColors";

/** 参加事業所: each member's latest file, whose plan stands where, and when it is next due for review. */
export function MembersTable({ members }: { members: MemberRow[] }) {
  const t = useT();
  if (members.length === 0) return <Text data-testid="region-members">{t("regional.membersEmpty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table withTableBorder verticalSpacing="xs" data-testid="region-members">
        <Table.Caption>{t("regional.membersCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("regional.colMember")}</Table.Th>
            <Table.Th>{t("regional.colKind")}</Table.Th>
            <Table.Th>{t("regional.colMunicipality")}</Table.Th>
            <Table.Th>{t("regional.colPhone")}</Table.Th>
            <Table.Th>{t("regional.colStatus")}</Table.Th>
            <Table.Th>{t("regional.colCompleteness")}</Table.Th>
            <Table.Th>{t("regional.colRevision")}</Table.Th>
            <Table.Th>{t("regional.colNextReview")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.fingerprint} data-testid={`region-member-${member.fingerprint}`}>
              <Table.Th scope="row">{member.name}</Table.Th>
              <Table.Td>{t(`kind.${member.kind}`)}</Table.Td>
              <Table.Td>{member.municipality ?? t("regional.noMunicipality")}</Table.Td>
              <Table.Td>{member.phone}</Table.Td>
              <Table.Td>
                <Badge color={statusColor[member.status]} variant="light" c="var(--mantine-color-text)" radius="sm" data-status={member.status}>
                  {t(`planStatus.${member.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Progress.Root size="md" radius="sm" w={90} aria-hidden>
                    <Progress.Section value={member.completeness} withAria={false} />
                  </Progress.Root>
                  <Text size="sm">{t("regional.percent", { n: member.completeness })}</Text>
                </Group>
              </Table.Td>
              <Table.Td>{revisionText(t, member.revision, member.status !== "none")}</Table.Td>
              <Table.Td c={member.status === "reviewOverdue" ? "red.9" : undefined} fw={member.status === "reviewOverdue" ? 700 : 400}>
                {member.nextReviewDue ?? "—"}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
