import { Input } from "@mantine/core";
import { useId, type ReactNode } from "react";
import type { EditorFrame } from "./types";

/** Label, help and refusal sentence for an editor made of several inputs, read out as one named group. */
export function GroupFrame({ frame, children }: { frame: EditorFrame; children: ReactNode }) {
  const id = useId();
  return (
    <Input.Wrapper
      id={id}
      label={frame.label}
      description={frame.description}
      error={frame.error}
      labelElement="div"
      size="md"
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={frame.description ? `${id}-description` : undefined}
    >
      {children}
    </Input.Wrapper>
  );
}
