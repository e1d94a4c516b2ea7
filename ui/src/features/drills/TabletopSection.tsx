import { Fragment } from "react";
import { List, Loader, Stack, Table, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { formatNumber, formatShortDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Cover, Tabletop, TabletopPatient } from "../../ipc/bindings.gen";
import { useTabletop } from "../../ipc/drillQueries";
import { LinkSection } from "../links/LinkSection";
import { hoursText } from "../patients/hoursText";
import { TierChip } from "../patients/TierChip";
import { coverText } from "./coverText";

/**
 * 机上訓練: the drill's blackout on today's register and agreements, worked out by the Rust side —
 * who runs out of power and when, who visits, who bridges the gap, each with its reasons.
 */
export function TabletopSection({ drillId }: { drillId: string }) {
  const t = useT();
  const tabletop = useTabletop(drillId);

  return (
    <LinkSection title={t("tabletop.title")} lead={t("tabletop.lead")} testId="drill-tabletop">
      {tabletop.isError ? (
        <ErrorNotice text={errorText(t, tabletop.error)} />
      ) : tabletop.data === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : (
        <TabletopResult tabletop={tabletop.data} />
      )}
    </LinkSection>
  );
}

function TabletopResult({ tabletop }: { tabletop: Tabletop }) {
  const t = useT();
  const language = useLanguage();
  const local = useLocalText();

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text fw={700} size="lg" data-testid="tabletop-summary">
          {t("tabletop.summary", {
            // A length the Rust side could not write as a number (never from a checked drill) reads as 0.
            hours: formatNumber(tabletop.blackoutHours ?? 0, language),
            runningOut: tabletop.runningOut,
            uncovered: tabletop.uncovered,
            unvisited: tabletop.unvisited,
          })}
        </Text>
        <Text size="sm" data-testid="tabletop-period">
          {t("tabletop.period", { from: formatShortDateTime(tabletop.startsAt), to: formatShortDateTime(tabletop.endsAt) })}
        </Text>
      </Stack>
      {tabletop.patients.length === 0 ? (
        <Text data-testid="tabletop-empty">{t("tabletop.empty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" withTableBorder data-testid="tabletop-table">
            <Table.Caption>{t("tabletop.caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("tabletop.colOrder")}</Table.Th>
                <Table.Th>{t("tabletop.colTier")}</Table.Th>
                <Table.Th>{t("tabletop.colName")}</Table.Th>
                <Table.Th>{t("tabletop.colLimit")}</Table.Th>
                <Table.Th>{t("tabletop.colRunsOut")}</Table.Th>
                <Table.Th>{t("tabletop.colVisit")}</Table.Th>
                <Table.Th>{t("tabletop.colBridge")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tabletop.patients.map((patient, i) => (
                <PatientRow key={patient.id} patient={patient} order={i + 1} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {tabletop.extraLoad.length > 0 && (
        <div>
          <Text fw={700}>{t("tabletop.extraLoad")}</Text>
          <List withPadding spacing={4} data-testid="tabletop-extra-load">
            {tabletop.extraLoad.map((load) => (
              <List.Item key={load.partnerId} data-testid={`tabletop-load-${load.partnerId}`}>
                {local(load.reason)}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {tabletop.notes.length > 0 && (
        <div>
          <Text fw={700}>{t("tabletop.notes")}</Text>
          <List withPadding spacing={4} size="sm" data-testid="tabletop-notes">
            {tabletop.notes.map((note, i) => (
              <List.Item key={i}>{local(note)}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

function CoverCell({ cover, testId }: { cover: Cover; testId: string }) {
  const t = useT();
  const nobody = cover.by === "nobody";
  return (
    <Table.Td data-testid={testId} data-by={cover.by}>
      <Text fw={nobody ? 700 : 400} c={nobody ? "var(--mantine-color-error)" : undefined}>
        {nobody ? `⚠ ${coverText(t, cover)}` : coverText(t, cover)}
      </Text>
    </Table.Td>
  );
}

function PatientRow({ patient, order }: { patient: TabletopPatient; order: number }) {
  const t = useT();
  const local = useLocalText();
  const limit = patient.limitHours ?? null;
  const runsOutAt = patient.runsOutAt ?? null;

  // The reasons take the row under the figures: as a column they pushed the table wider than the window.
  return (
    <Fragment>
      <Table.Tr
        data-testid={`tabletop-row-${patient.id}`}
        data-runs-out={patient.runsOut ? "true" : "false"}
        style={{ borderBottom: "none" }}
      >
        <Table.Td>{order}</Table.Td>
        <Table.Td>
          <TierChip tier={patient.tier} size="md" />
        </Table.Td>
        <Table.Td>
          <Text fw={700}>{patient.name}</Text>
          {patient.municipality && <Text size="sm">{patient.municipality}</Text>}
        </Table.Td>
        <Table.Td data-testid="tabletop-limit" style={{ whiteSpace: "nowrap" }}>
          {limit === null ? t("tabletop.unknown") : t("tabletop.hours", { hours: hoursText(limit) })}
        </Table.Td>
        <Table.Td data-testid="tabletop-runs-out" style={{ whiteSpace: "nowrap" }}>
          {runsOutAt !== null ? (
            <Text fw={700} c="var(--mantine-color-error)">
              ⚠ <time dateTime={runsOutAt}>{formatShortDateTime(runsOutAt)}</time>
            </Text>
          ) : (
            t("tabletop.lasts")
          )}
        </Table.Td>
        <CoverCell cover={patient.visit} testId="tabletop-visit" />
        {patient.bridge ? (
          <CoverCell cover={patient.bridge} testId="tabletop-bridge" />
        ) : (
          <Table.Td data-testid="tabletop-bridge">{t("tabletop.noBridgeNeeded")}</Table.Td>
        )}
      </Table.Tr>
      <Table.Tr data-testid={`tabletop-why-${patient.id}`}>
        <Table.Td />
        <Table.Td colSpan={6}>
          {patient.reasons.length > 0 && (
            <List size="sm" spacing={2} data-testid="tabletop-reasons" aria-label={t("tabletop.colReasons")}>
              {patient.reasons.map((reason, i) => (
                <List.Item key={i}>{local(reason)}</List.Item>
              ))}
            </List>
          )}
        </Table.Td>
      </Table.Tr>
    </Fragment>
  );
}
