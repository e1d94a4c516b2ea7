import { Alert } from "@mantine/core";

/** A failure sentence, marked with a sign and a title as well as colour. */
export function ErrorNotice({ title, text }: { title?: string; text: string }) {
  return (
    <Alert color="red" variant="light" role="alert" title={title ? `⚠ ${title}` : undefined}>
      {title ? text : `⚠ ${text}`}
    </Alert>
  );
}
