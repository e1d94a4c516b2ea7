import { NumberInput } from "@mantine/core";
import { useState } from "react";

type Props = {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Shown ×scale and stored ÷scale, e.g. 100 for a 0–1 value typed as a percentage. */
  scale?: number;
  min?: number;
  max?: number;
  error?: string;
  description?: string;
  testId?: string;
  width?: string;
  /** Whole numbers only (floor, age): the Rust side reads them as integers. */
  integer?: boolean;
  /** "lg" in response mode, where targets are larger. */
  size?: "md" | "lg";
};

const shown = (value: number | null, scale: number) =>
  // Rounded so that 0.7 × 100 reads 70, not 70.00000000000001.
  value === null ? "" : Math.round(value * scale * 1e6) / 1e6;

/**
 * A number that may be empty (null). It keeps the text as typed ("1." on the way to "1.5"), and takes
 * the value from outside only when that value changed from elsewhere (a removed row shifting up).
 */
export function NumberBox(props: Props) {
  const { label, value, onChange, scale = 1, min, max, error, description, testId, width = "10rem", integer = false, size = "md" } = props;
  const [text, setText] = useState<number | string>(() => shown(value, scale));
  const current = shown(value, scale);
  const typed = typeof text === "number" ? text : text.trim() === "" ? "" : Number(text);
  // NaN is half-typed text ("-"): left alone until it becomes a number.
  if (typed !== current && !Number.isNaN(typed)) {
    // Adjusting state while rendering is React's way to follow a prop without an effect's extra pass.
    setText(current);
  }

  return (
    <NumberInput
      label={label}
      description={description}
      size={size}
      styles={{ wrapper: { width } }}
      value={text}
      min={min}
      max={max}
      // Out-of-range input is kept as typed and refused with a sentence, never silently changed.
      clampBehavior="none"
      decimalScale={6}
      allowDecimal={!integer}
      allowNegative={min === undefined || min < 0}
      onChange={(next) => {
        setText(next);
        if (typeof next === "number") onChange(next / scale);
        else if (next.trim() === "") onChange(null);
      }}
      error={error}
      data-testid={testId}
    />
  );
}
