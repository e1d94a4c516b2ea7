import { List, Table, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Scenario } from "../../ipc/bindings.gen";
import { LinkSection } from "../links/LinkSection";
import { offsetText } from "./offsetText";

/** The scenario as the facilitator runs it: its assumptions, then each inject at its time from T0. */
export function ScenarioTimeline({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const local = useLocalText();

  return (
    <LinkSection
      title={t("scenarioTimeline.title", { title: local(scenario.title) })}
      lead={local(scenario.summary)}
      testId="drill-timeline"
    >
      {scenario.assumptions.length > 0 && (
        <div>
          <Text fw={700} size="sm">
            {t("scenarioTimeline.assumptions")}
          </Text>
          <List size="sm" withPadding data-testid="timeline-assumptions">
            {scenario.assumptions.map((a, i) => (
              <List.Item key={i}>{local(a)}</List.Item>
            ))}
          </List>
        </div>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" withTableBorder data-testid="timeline-table">
          <Table.Caption>{t("scenarioTimeline.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("scenarioTimeline.colAt")}</Table.Th>
              <Table.Th>{t("scenarioTimeline.colEvent")}</Table.Th>
              <Table.Th>{t("scenarioTimeline.colPrompt")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scenario.injects.map((inject, i) => (
              <Table.Tr key={i} data-testid={`inject-${i}`}>
                <Table.Td fw={700} style={{ whiteSpace: "nowrap" }}>
                  {offsetText(t, inject.atMinutes)}
                </Table.Td>
                <Table.Td>{local(inject.event)}</Table.Td>
                <Table.Td>{local(inject.prompt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </LinkSection>
  );
}
