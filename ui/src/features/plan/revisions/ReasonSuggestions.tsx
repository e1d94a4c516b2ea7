import { Button, Group, Text } from "@mantine/core";
import { useLanguage, useT } from "../../../i18n/LanguageProvider";
import { reasonSuggestions } from "./reasonSuggestions";

type Props = { reason: string; onPick: (reason: string) => void };

/** One button per usual reason; the one in the box is marked ✓ and pressed, not only coloured. */
export function ReasonSuggestions({ reason, onPick }: Props) {
  const t = useT();
  const language = useLanguage();
  return (
    <Group gap="xs" role="group" aria-label={t("revise.suggestions")}>
      <Text size="sm" fw={700}>
        {t("revise.suggestions")}
      </Text>
      {reasonSuggestions.map(({ id, value }) => {
        const chosen = reason.trim() === value;
        return (
          <Button
            key={id}
            type="button"
            radius="xl"
            variant={chosen ? "filled" : "default"}
            aria-pressed={chosen}
            onClick={() => onPick(value)}
            data-testid={`revise-reason-${id}`}
          >
            {chosen && "✓ "}
            {value}
            {language !== "ja" && ` (${t(`revise.suggestion.${id}`)})`}
          </Button>
        );
      })}
    </Group>
  );
}
