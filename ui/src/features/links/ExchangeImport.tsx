import { Alert, Button, Code, Stack, Text } from "@mantine/core";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useT } from "../../i18n/LanguageProvider";
import type { ImportedFile, LinkView } from "../../ipc/bindings.gen";
import { useImportExchangeFile } from "../../ipc/linkQueries";
import { useOrganization } from "../../ipc/queries";
import { importErrorText } from "./exchangeErrors";
import { partnerFromFile } from "./partnerFromFile";
import type { PartnerDraft } from "./partnerDraft";
import { revisionText } from "./revisionText";

type Props = { view: LinkView; onRegister: (draft: PartnerDraft) => void };

/** ファイルを取り込む: what the file was, whose key signed it, and what to check before relying on it. */
export function ExchangeImport({ view, onRegister }: Props) {
  const t = useT();
  const importing = useImportExchangeFile();
  const imported = importing.isSuccess ? importing.data : null;

  return (
    <Stack gap="sm" align="flex-start">
      <Button onClick={() => importing.mutate()} loading={importing.isPending} data-testid="exchange-import">
        {t("exchangeImport.button")}
      </Button>
      {imported !== null && <ImportResult imported={imported} view={view} onRegister={onRegister} onClose={importing.reset} />}
      {importing.isError && (
        <ErrorNotice
          title={t("exchangeImport.failed")}
          text={importErrorText(t, importing.error)}
          close={{ label: t("print.close"), onClose: importing.reset }}
          testId="exchange-import-error"
        />
      )}
    </Stack>
  );
}

type ResultProps = { imported: ImportedFile; view: LinkView; onRegister: (draft: PartnerDraft) => void; onClose: () => void };

function ImportResult({ imported, view, onRegister, onClose }: ResultProps) {
  const t = useT();
  const organization = useOrganization();
  // Registered since the import (from this result) counts too: the view is fresher than the answer.
  const known =
    imported.knownPartner ?? view.partners.find((p) => p.fingerprint === imported.fingerprint)?.name ?? null;
  const plan = view.remotePlans.find((r) => r.fingerprint === imported.fingerprint);

  return (
    <Alert
      color={known === null ? "orange" : "green"}
      variant="light"
      role="status"
      title={t(`exchangeImport.kind.${imported.kind}`)}
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t("print.close")}
      w="100%"
      data-testid="exchange-import-result"
      data-kind={imported.kind}
    >
      <Stack gap="xs">
        <Text>
          {t("exchangeImport.sender", { name: imported.senderName, revision: revisionText(t, imported.revision, true) })}
        </Text>
        {imported.names > 0 && <Text>{t("exchangeImport.names", { n: imported.names })}</Text>}
        <Text size="sm">{t("exchangeImport.fingerprint")}</Text>
        <Code fz="xl" fw={700} style={{ alignSelf: "flex-start", letterSpacing: "0.05em" }} data-testid="exchange-import-fingerprint">
          {imported.fingerprint}
        </Code>
        {known !== null ? (
          <Text data-testid="exchange-import-known">✓ {t("exchangeImport.known", { name: known })}</Text>
        ) : (
          <>
            <Text fw={700}>⚠ {t("exchangeImport.confirmByPhone", { name: imported.senderName })}</Text>
            <Text size="sm">{t("exchangeImport.registerHint")}</Text>
            <Button
              variant="default"
              style={{ alignSelf: "flex-start" }}
              onClick={() => onRegister(partnerFromFile(imported, plan, organization.data?.organization.kind))}
              data-testid="exchange-register-partner"
            >
              {t("exchangeImport.register")}
            </Button>
          </>
        )}
      </Stack>
    </Alert>
  );
}
