import { Loader } from "@mantine/core";
import { ErrorNotice } from "../../../components/ErrorNotice";
import { errorText } from "../../../i18n/errors";
import { useT } from "../../../i18n/LanguageProvider";
import { usePatient } from "../../../ipc/patientQueries";
import { PatientEditor } from "./PatientEditor";
import { emptyRecord, fullRecord } from "./record";

/** /patients/$id: "new" opens an empty record; any other id loads the stored one first. */
export function PatientEditorPage({ id }: { id: string }) {
  if (id === "new") return <PatientEditor initial={emptyRecord()} />;
  return <StoredPatientEditor id={id} />;
}

function StoredPatientEditor({ id }: { id: string }) {
  const t = useT();
  const patient = usePatient(id);
  if (patient.isError) return <ErrorNotice text={errorText(t, patient.error)} />;
  if (patient.data === undefined) return <Loader aria-label={t("app.loading")} />;
  // Keyed by id so that opening another record starts a fresh form.
  return <PatientEditor key={id} initial={fullRecord(patient.data)} />;
}
