import { Badge, Button, Code, Group, Paper, Stack, Text } from "@mantine/core";
import { DateLabel } from "../../components/DateLabel";
import { useT } from "../../i18n/LanguageProvider";
import type { Translate } from "../../i18n/translate";
import type { PatientCount, RemotePlan, Tier } from "../../ipc/bindings.gen";
import { useOrganization } from "../../ipc/queries";
import { partnerFromFile } from "./partnerFromFile";
import type { PartnerDraft } from "./partnerDraft";
import { revisionText } from "./revisionText";

const tiers: Tier[] = ["P0", "P1", "P2", "P3"];

type Props = { plans: RemotePlan[]; onRegister: (draft: PartnerDraft) => void };

/** The partners' current plans (the newest file from each sender), as this screen last imported them. */
export function RemotePlans({ plans, onRegister }: Props) {
  const t = useT();
  if (plans.length === 0) return <Text data-testid="remote-plans-empty">{t("remotePlans.empty")}</Text>;
  return (
    <Stack gap="sm">
      {plans.map((plan) => (
        <RemotePlanItem key={plan.fingerprint} plan={plan} onRegister={onRegister} />
      ))}
    </Stack>
  );
}

/** 計12人（P0 2人・P1 3人…）: only the tiers that have anyone, in tier order. */
function countsText(t: Translate, counts: PatientCount[]): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const byTier = tiers
    .map((tier) => ({ tier, n: counts.filter((c) => c.tier === tier).reduce((sum, c) => sum + c.count, 0) }))
    .filter(({ n }) => n > 0)
    .map(({ tier, n }) => t("remotePlans.tierCount", { tier, n }));
  return byTier.length === 0
    ? t("remotePlans.patients", { n: total })
    : t("remotePlans.patientsByTier", { n: total, tiers: byTier.join(t("remotePlans.tierSeparator")) });
}

function RemotePlanItem({ plan, onRegister }: { plan: RemotePlan; onRegister: (draft: PartnerDraft) => void }) {
  const t = useT();
  const organization = useOrganization();
  const shared = plan.content.plan;
  return (
    <Paper withBorder p="md" data-testid={`remote-plan-${plan.fingerprint}`}>
      <Stack gap={6}>
        <Group gap="sm">
          <Text fw={700}>{plan.senderName}</Text>
          <Badge variant="light" color={shared?.revision != null ? "blue" : "gray"} data-testid="remote-plan-revision">
            {revisionText(t, shared?.revision ?? null, shared !== null)}
          </Badge>
        </Group>
        <Text size="sm">
          {t("remotePlans.createdAt")} <DateLabel iso={plan.createdAt} /> ・ {t("remotePlans.importedAt")}{" "}
          <DateLabel iso={plan.importedAt} /> ・ {t("remotePlans.versions", { n: plan.versions })}
        </Text>
        <Text size="sm" data-testid="remote-plan-patients">
          {countsText(t, plan.content.patientCounts ?? [])}
        </Text>
        <Group gap="xs">
          <Text size="sm">{t("remotePlans.fingerprint")}</Text>
          <Code>{plan.fingerprint}</Code>
        </Group>
        {plan.knownPartner !== null ? (
          <Text size="sm" data-testid="remote-plan-partner">
            ✓ {t("remotePlans.knownPartner", { name: plan.knownPartner })}
          </Text>
        ) : (
          <Group gap="sm">
            <Text size="sm" c="orange.9" fw={700} data-testid="remote-plan-partner">
              {t("remotePlans.unknownPartner")}
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => onRegister(partnerFromFile(plan, plan, organization.data?.organization.kind))}
              aria-label={t("remotePlans.registerLabel", { name: plan.senderName })}
              data-testid={`remote-plan-register-${plan.fingerprint}`}
            >
              {t("exchangeImport.register")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
