import { Text } from "@mantine/core";
import { useT } from "../../../i18n/LanguageProvider";
import { usePlanVersion } from "./usePlanVersion";
import { versionText } from "./planVersion";

/**
 * 第n版 / 第n+1版（案） / 初版（未確定）, for bars and cards. Says nothing while loading or if the
 * history cannot be read: the label is a reminder, and the revisions page shows any failure.
 */
export function PlanVersionLabel({ testId }: { testId: string }) {
  const t = useT();
  const { version } = usePlanVersion();
  if (version === undefined) return null;
  return (
    <Text fw={700} data-testid={testId} data-version={version.kind}>
      {versionText(t, version)}
    </Text>
  );
}
