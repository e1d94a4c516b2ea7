import { NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useRef, useState } from "react";
import { PageHeader } from "../../components/PageHeader";
import { SaveStatus } from "../../components/SaveStatus";
import { useAutosave } from "../../autosave/useAutosave";
import { errorText, fieldErrorText } from "../../i18n/errors";
import { useT } from "../../i18n/LanguageProvider";
import type { OrganizationDraft, OrganizationView } from "../../ipc/bindings.gen";
import { useOrganization, useSaveOrganization } from "../../ipc/queries";
import { draftOf } from "./draft";
import { isOrganizationKind, organizationKinds } from "./kinds";
import { MunicipalitySelect } from "./MunicipalitySelect";
import { PlacePanel } from "./PlacePanel";

type TextField = "name" | "corporationName" | "address" | "phone" | "managerName";

const textFields: { field: TextField; testId: string; autoComplete: string }[] = [
  { field: "name", testId: "org-name", autoComplete: "organization" },
  { field: "corporationName", testId: "org-corporation-name", autoComplete: "off" },
  { field: "address", testId: "org-address", autoComplete: "street-address" },
  { field: "phone", testId: "org-phone", autoComplete: "tel" },
  { field: "managerName", testId: "org-manager", autoComplete: "name" },
];

/**
 * Every edit is saved as a whole draft, ~400 ms after typing stops or at once on blur / select.
 * The inputs always keep what the user typed: a rejected save shows its sentence under the field,
 * while the last accepted state stays saved.
 */
export function OrganizationForm({ initial }: { initial: OrganizationView }) {
  const t = useT();
  const view = useOrganization().data ?? initial;
  const saveOrganization = useSaveOrganization();
  const [draft, setDraft] = useState<OrganizationDraft>(() => draftOf(initial.organization));
  // Two edits can land before React re-renders (e.g. change + blur); each must build on the one before.
  const latestDraft = useRef(draft);
  const [lastError, setLastError] = useState<unknown>(null);

  const autosave = useAutosave({
    save: saveOrganization.mutateAsync,
    onSaved: () => setLastError(null),
    onError: (error) => setLastError(error),
  });

  const fieldError = fieldErrorText(t, lastError);
  const errorFor = (field: keyof OrganizationDraft) => (fieldError?.field === field ? fieldError.text : undefined);

  const edit = (patch: Partial<OrganizationDraft>, now = false) => {
    const next = { ...latestDraft.current, ...patch };
    latestDraft.current = next;
    setDraft(next);
    autosave.change(next);
    if (now) autosave.flush();
  };

  return (
    <>
      <PageHeader
        title={t("org.title")}
        lead={t("org.lead")}
        aside={
          <SaveStatus
            state={autosave.state}
            savedAt={view.organization.updatedAt}
            errorText={lastError === null ? null : errorText(t, lastError)}
          />
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="md">
          <NativeSelect
            label={t("org.kind")}
            data={organizationKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            value={draft.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value;
              if (isOrganizationKind(kind)) edit({ kind }, true);
            }}
            error={errorFor("kind")}
            data-testid="org-kind"
          />
          {textFields.map(({ field, testId, autoComplete }) => (
            <TextInput
              key={field}
              label={t(`org.${field}`)}
              required={field === "name"}
              value={draft[field]}
              onChange={(e) => edit({ [field]: e.currentTarget.value })}
              onBlur={autosave.flush}
              error={errorFor(field)}
              autoComplete={autoComplete}
              data-testid={testId}
            />
          ))}
        </Stack>
        <Stack gap="md">
          <MunicipalitySelect
            value={draft.municipality}
            onChange={(municipality) => edit({ municipality }, true)}
            onBlur={autosave.flush}
            error={errorFor("municipality")}
          />
          <PlacePanel place={view.place} />
        </Stack>
      </SimpleGrid>
    </>
  );
}
