import { Radio, SimpleGrid } from "@mantine/core";
import type { OrganizationKind } from "../../ipc/bindings.gen";
import { useT } from "../../i18n/LanguageProvider";
import classes from "./KindRadioCards.module.css";
import { isOrganizationKind, organizationKinds } from "./kinds";

type Props = { value: OrganizationKind | null; onChange: (kind: OrganizationKind) => void; label: string };

/** Native radio inputs styled as cards: arrow keys, screen readers and WebDriver all see a plain radio group. */
export function KindRadioCards({ value, onChange, label }: Props) {
  const t = useT();
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(next) => isOrganizationKind(next) && onChange(next)}
      required
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
        {organizationKinds.map((kind) => (
          <Radio
            key={kind}
            value={kind}
            label={t(`kind.${kind}`)}
            data-testid={`onboarding-kind-${kind}`}
            classNames={{ root: classes.card, body: classes.body, labelWrapper: classes.labelWrapper, label: classes.label }}
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
