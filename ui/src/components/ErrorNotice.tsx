import { Alert } from "@mantine/core";

type Props = {
  title?: string;
  text: string;
  /** Offers a close button (with this label) where the notice would otherwise stay in the way. */
  close?: { label: string; onClose: () => void };
  testId?: string;
};

/** A failure sentence, marked with a sign and a title as well as colour. */
export function ErrorNotice({ title, text, close, testId }: Props) {
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title ? `⚠ ${title}` : undefined}
      withCloseButton={close !== undefined}
      onClose={close?.onClose}
      closeButtonLabel={close?.label}
      data-testid={testId}
    >
      {title ? text : `⚠ ${text}`}
    </Alert>
  );
}
