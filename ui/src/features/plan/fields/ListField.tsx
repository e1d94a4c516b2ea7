import { ActionIcon, Button, Group, Stack, TextInput } from "@mantine/core";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../../../i18n/LanguageProvider";
import { GroupFrame } from "./GroupFrame";
import { inputTestId, type EditorProps } from "./types";
import { linesValue, stringsOf } from "./values";

type Line = { key: number; text: string };

let nextKey = 0;
const line = (text = ""): Line => ({ key: nextKey++, text });

/**
 * Ordered lines. Each line keeps a stable key, so moving a line moves its inputs and the focused
 * button goes with it. Enter adds a line below (IME confirmation excluded) instead of leaving the field.
 */
export function ListField({ stepId, field, initial, onChange, onFlush, frame }: EditorProps<"list">) {
  const t = useT();
  const [lines, setLines] = useState<Line[]>(() => {
    const items = stringsOf(initial).map((text) => line(text));
    return items.length > 0 ? items : [line()];
  });
  // Two edits can land before React re-renders (type, then Enter); each must build on the one before.
  const latest = useRef(lines);
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<number | null>(null);

  useEffect(() => {
    if (focusKey === null) return;
    inputs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const update = (next: Line[], now = false) => {
    latest.current = next;
    setLines(next);
    onChange(linesValue(next.map((l) => l.text)), now);
  };

  const insertAfter = (index: number) => {
    const added = line();
    const next = [...latest.current];
    next.splice(index + 1, 0, added);
    latest.current = next;
    setLines(next);
    setFocusKey(added.key);
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...latest.current];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    update(next, true);
  };

  const remove = (index: number) => {
    const rest = latest.current.filter((_, i) => i !== index);
    const kept = rest.length > 0 ? rest : [line()];
    update(kept, true);
    // Focus stays in the list: on the line that took this one's place, else the one above.
    const neighbour = kept[index] ?? kept[index - 1];
    if (neighbour) setFocusKey(neighbour.key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    insertAfter(index);
  };

  return (
    <GroupFrame frame={frame}>
      <Stack gap="xs" mt="xs">
        {lines.map((l, index) => {
          const n = index + 1;
          return (
            <Group key={l.key} gap={4} wrap="nowrap" align="center">
              <TextInput
                flex={1}
                aria-label={t("editor.line", { n })}
                value={l.text}
                error={frame.error !== undefined}
                onChange={(e) =>
                  update(latest.current.map((x) => (x.key === l.key ? { ...x, text: e.currentTarget.value } : x)))
                }
                onKeyDown={(e) => onKeyDown(e, index)}
                onBlur={onFlush}
                ref={(el) => {
                  if (el) inputs.current.set(l.key, el);
                  else inputs.current.delete(l.key);
                }}
                data-testid={index === 0 ? inputTestId(stepId, field.id) : `line-${stepId}-${field.id}-${index}`}
              />
              <ActionIcon
                variant="default"
                size={40}
                aria-label={t("editor.moveUp", { n })}
                title={t("editor.moveUp", { n })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                size={40}
                aria-label={t("editor.moveDown", { n })}
                title={t("editor.moveDown", { n })}
                disabled={index === lines.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </ActionIcon>
              <ActionIcon
                variant="default"
                size={40}
                aria-label={t("editor.removeLine", { n })}
                title={t("editor.removeLine", { n })}
                onClick={() => remove(index)}
                data-testid={`line-remove-${stepId}-${field.id}-${index}`}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Button
          variant="default"
          style={{ alignSelf: "flex-start" }}
          onClick={() => insertAfter(latest.current.length - 1)}
          data-testid={`list-add-${stepId}-${field.id}`}
        >
          {t("editor.addLine")}
        </Button>
      </Stack>
    </GroupFrame>
  );
}
