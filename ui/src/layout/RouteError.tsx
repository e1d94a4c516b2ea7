import { Button, Container, Stack } from "@mantine/core";
import { useRouter, type ErrorComponentProps } from "@tanstack/react-router";
import { ErrorNotice } from "../components/ErrorNotice";
import { errorText } from "../i18n/errors";
import { useT } from "../i18n/LanguageProvider";

export function RouteError({ error, reset }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <ErrorNotice title={t("app.failedTitle")} text={errorText(t, error)} />
        <Button
          variant="default"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {t("app.retry")}
        </Button>
      </Stack>
    </Container>
  );
}
