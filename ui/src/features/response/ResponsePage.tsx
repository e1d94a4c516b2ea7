import { Loader, Stack, Text } from "@mantine/core";
import { Navigate } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorNotice } from "../../components/ErrorNotice";
import { errorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import { usePatients, useSafetyChecks } from "../../ipc/patientQueries";
import { useOrganization } from "../../ipc/queries";
import { CheckTimeline } from "./CheckTimeline";
import { lastChecks } from "./checkText";
import { EndOutageButton } from "./EndOutageButton";
import { EvacuationOrders } from "./EvacuationOrders";
import { OutageHeader } from "./OutageHeader";
import { ResponseList } from "./ResponseList";
import { useNow } from "./useNow";

/** The Rust side re-ranks with fresh countdowns every time it is asked; in between, the screen counts on by itself. */
const refreshMs = 30_000;

/** 対応 (停電・災害モード): the ranked list with live clocks, the two-click checks, the timeline. */
export function ResponsePage() {
  const t = useT();
  const list = usePatients(refreshMs);
  const checks = useSafetyChecks();
  const managerName = useOrganization().data?.organization.managerName ?? "";
  const now = useNow();
  // The name typed last is offered for the next check: in a crisis the same person usually makes the calls.
  const [lastBy, setLastBy] = useState<string | null>(null);

  if (list.isError) return <ErrorNotice text={errorText(t, list.error)} />;
  if (list.data === undefined) return <Loader aria-label={t("app.loading")} />;
  const { outage, patients, computedAt } = list.data;
  // Ended elsewhere (or in another window): the guard let us in, the data says it is over.
  if (outage === null) return <Navigate to="/patients" replace />;

  const last = lastChecks(checks.data ?? []);
  const names = new Map(patients.map((p) => [p.id, p.name]));

  return (
    <Stack gap="lg">
      <OutageHeader outage={outage} computedAt={computedAt} now={now} aside={<EndOutageButton />} />
      <EvacuationOrders recorded={outage.evacuationOrders ?? []} />
      {patients.length === 0 ? (
        <Text fz="xl">{t("response.empty")}</Text>
      ) : (
        <ResponseList
          patients={patients}
          computedAt={computedAt}
          now={now}
          areas={outage.municipalities ?? []}
          lastChecks={last}
          defaultBy={lastBy ?? managerName}
          onRecorded={setLastBy}
        />
      )}
      {checks.isError && <ErrorNotice text={errorText(t, checks.error)} />}
      <CheckTimeline outage={outage} checks={checks.data ?? []} nameOf={(id) => names.get(id) ?? id} />
    </Stack>
  );
}
