import { Anchor, Badge, Table, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { formatShortDateTime } from "../../i18n/format";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Drill, Scenario } from "../../ipc/bindings.gen";
import { shortDate } from "./dates";

type Props = { drills: Drill[]; scenarios: Scenario[] };

/** 訓練計画と記録: when, what, which scenario, and whether it was held. */
export function DrillsTable({ drills, scenarios }: Props) {
  const t = useT();
  const local = useLocalText();
  if (drills.length === 0) return <Text data-testid="drills-empty">{t("drills.empty")}</Text>;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" withTableBorder data-testid="drills-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("drills.colStartsAt")}</Table.Th>
            <Table.Th>{t("drills.colTitle")}</Table.Th>
            <Table.Th>{t("drills.colKind")}</Table.Th>
            <Table.Th>{t("drills.colScenario")}</Table.Th>
            <Table.Th>{t("drills.colStatus")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drills.map((drill) => {
            const id = drill.id ?? "";
            const scenario = scenarios.find((s) => s.id === drill.scenarioId);
            const held = drill.result ?? null;
            return (
              <Table.Tr key={id} data-testid={`drill-row-${id}`}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <time dateTime={drill.startsAt}>{formatShortDateTime(drill.startsAt)}</time>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    renderRoot={(props) => <Link to="/drills/$drillId" params={{ drillId: id }} {...props} />}
                    fw={700}
                    data-testid={`drill-open-${id}`}
                  >
                    {drill.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`drillKind.${drill.kind}`)}</Table.Td>
                <Table.Td>{scenario ? local(scenario.title) : drill.scenarioId}</Table.Td>
                <Table.Td>
                  {held ? (
                    <Badge color="green.9" variant="light" size="lg" radius="sm" data-testid={`drill-status-${id}`} data-held="true">
                      {t("drills.held", { date: shortDate(held.heldOn) })}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="outline" size="lg" radius="sm" data-testid={`drill-status-${id}`} data-held="false">
                      {t("drills.planned")}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
