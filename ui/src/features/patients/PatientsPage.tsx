import { Alert, Anchor, Button, Group, Loader, Stack, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { ErrorNotice } from "../../components/ErrorNotice";
import { PageHeader } from "../../components/PageHeader";
import { errorText } from "../../i18n/errors";
import { formatTime } from "../../i18n/format";
import { useT } from "../../i18n/LanguageProvider";
import { usePatients } from "../../ipc/patientQueries";
import { usePrintPatientDocument } from "../../ipc/queries";
import { PrintResult } from "../print/PrintResult";
import { PatientPaper } from "./PatientPaper";
import { PatientsTable } from "./PatientsTable";
import { RegisterExport } from "./RegisterExport";

/** 要配慮患者台帳: the register in the order the Rust side ranked it. */
export function PatientsPage() {
  const t = useT();
  const list = usePatients();
  const outage = list.data?.outage ?? null;
  const patientPaper = usePrintPatientDocument();

  return (
    <Stack gap="lg">
      <PageHeader
        title={t("patients.title")}
        lead={t("patients.lead")}
        aside={
          <Group gap="sm">
            <Button
              variant="default"
              renderRoot={(props) => <Link to="/patients/import" {...props} />}
              data-testid="patients-import"
            >
              {t("patients.import")}
            </Button>
            <Button
              renderRoot={(props) => <Link to="/patients/$id" params={{ id: "new" }} {...props} />}
              data-testid="patient-add"
            >
              {t("patients.add")}
            </Button>
          </Group>
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
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="lg">
            <RegisterExport />
            <PatientPaper />
          </Group>
          <PrintResult
            outcome={patientPaper.isSuccess ? patientPaper.data : null}
            error={patientPaper.isError ? patientPaper.error : null}
            onClose={patientPaper.reset}
          />
          <PatientsTable
            patients={list.data.patients}
            outageOpen={outage !== null}
            onPrint={(document, id) => patientPaper.mutate({ document, id })}
          />
        </>
      )}
    </Stack>
  );
}
