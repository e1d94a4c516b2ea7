import { Alert, Anchor, Button, Loader, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { formatTime } from "../../i18n/format";
import { useT } from "../../i18n/LanguageProvider";
import { usePatients } from "../../ipc/patientQueries";
import { usePrintSupportPlan } from "../../ipc/queries";
import { PrintResult } from "../print/PrintResult";
import { PatientPaper } from "./PatientPaper";
import { PatientsTable } from "./PatientsTable";

/** 要配慮患者台帳: the register in the order the Rust side ranked it. */
export function PatientsPage() {
  const t = useT();
  const list = usePatients();
  const outage = list.data?.outage ?? null;
  const supportPlan = usePrintSupportPlan();

  return (
    <Stack gap="lg">
      <PageHeader
        title={t("patients.title")}
        lead={t("patients.lead")}
        aside={
          <Button
            renderRoot={(props) => <Link to="/patients/$id" params={{ id: "new" }} {...props} />}
            data-testid="patient-add"
          >
            {t("patients.add")}
          </Button>
        }
      />
      {outage !== null && (
        <Alert color="red" variant="light" role="status" data-testid="patients-outage">
          <Text fw={700} span>
            ⚠ {t("patients.outageOpen", { time: formatTime(outage.startedAt) })}
          </Text>{" "}
          <Anchor component={Link} to="/response" fw={700}>
            {t("patients.toResponse")}
          </Anchor>
        </Alert>
      )}
      {list.isError ? (
        <ErrorNotice text={errorText(t, list.error)} />
      ) : list.data === undefined ? (
        <Loader aria-label={t("app.loading")} />
      ) : list.data.patients.length === 0 ? (
        <Text data-testid="patients-empty">{t("patients.empty")}</Text>
      ) : (
        <>
          <PatientPaper />
          <PrintResult
            outcome={supportPlan.isSuccess ? supportPlan.data : null}
            error={supportPlan.isError ? supportPlan.error : null}
            onClose={supportPlan.reset}
          />
          <PatientsTable patients={list.data.patients} onPrintSupportPlan={(id) => supportPlan.mutate(id)} />
        </>
      )}
    </Stack>
  );
}
