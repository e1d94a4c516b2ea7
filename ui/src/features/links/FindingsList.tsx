import { Alert, Badge, Group, Stack, Text } from "@mantine/core";
import { useT } from "../../i18n/LanguageProvider";
import type { FindingView } from "../../ipc/bindings.gen";
import { findingColors } from "./choices";

/**
 * 点検結果: what does not fit between our directory and agreements and the partners' plans. The Rust
 * side words each finding in Japanese only (it names both sides' entries); the badge before it names
 * the kind in the UI language, which is English readers' lead-in.
 */
export function FindingsList({ findings }: { findings: FindingView[] }) {
  const t = useT();
  return (
    <Stack gap="xs" data-testid="link-findings">
      {findings.length === 0 ? (
        <Text role="status" data-testid="link-findings-empty">
          ✓ {t("findings.empty")}
        </Text>
      ) : (
        findings.map(({ finding, textJa }, i) => (
          <Alert key={i} color={findingColors[finding.kind]} variant="light" data-testid="link-finding" data-kind={finding.kind}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Badge color={findingColors[finding.kind]} variant="filled" style={{ flexShrink: 0 }}>
                ⚠ {t(`findingKind.${finding.kind}`)}
              </Badge>
              <Text lang="ja">{textJa}</Text>
            </Group>
          </Alert>
        ))
      )}
    </Stack>
  );
}
