import { PasswordInput } from "@mantine/core";
import { useId, type ReactNode } from "react";
import { useT } from "../i18n/LanguageProvider";

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field and announced (role="alert"). */
  error?: ReactNode;
  errorTestId?: string;
  description?: ReactNode;
  testId?: string;
  autoFocus?: boolean;
  /** "current-password" where an existing passphrase is asked for, "new-password" where one is made. */
  autoComplete: "current-password" | "new-password";
};

/**
 * A passphrase field with a visible label and a show/hide button named in the app's language.
 * Mantine's PasswordInput leaves the description and error unlinked from the field, so they are
 * linked here for screen readers.
 */
export function PassphraseInput(props: Props) {
  const { label, value, onChange, error, errorTestId, description, testId, autoFocus, autoComplete } = props;
  const t = useT();
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter((x) => x !== null).join(" ");
  return (
    <PasswordInput
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      errorProps={{ role: "alert", "data-testid": errorTestId }}
      description={description}
      autoFocus={autoFocus}
      autoComplete={autoComplete}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      visibilityToggleButtonProps={{ "aria-label": t("passphrase.show") }}
      size="md"
      data-testid={testId}
    />
  );
}
