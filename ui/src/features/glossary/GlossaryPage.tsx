import { Box, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { PageHeader } from "../../components/PageHeader";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import { translate, type Translate } from "../../i18n/translate";
import { glossaryEntries, matchingEntries, termAnchor, type GlossaryEntry } from "./terms";

const japanese: Translate = (key, vars) => translate("ja", key, vars);

/** 用語集: the BCP words a nurse meets in the guide and in this app, each explained in a few plain sentences. */
export function GlossaryPage() {
  const t = useT();
  const language = useLanguage();
  const [query, setQuery] = useState("");
  // The input answers every keystroke at once; the list follows when React has time.
  const deferredQuery = useDeferredValue(query);
  const entries = useMemo(() => glossaryEntries(t, language === "ja" ? null : japanese), [t, language]);
  const shown = useMemo(() => matchingEntries(entries, deferredQuery), [entries, deferredQuery]);
  const listId = useId();

  return (
    <Stack gap="md">
      <PageHeader title={t("glossary.title")} lead={t("glossary.lead")} />
      <TextInput
        type="search"
        label={t("glossary.search")}
        placeholder={t("glossary.searchPlaceholder")}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        aria-controls={listId}
        maw={420}
        data-testid="glossary-search"
      />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="glossary-count">
        {shown.length === 0
          ? t("glossary.none", { query: deferredQuery.trim() })
          : t("glossary.count", { n: shown.length, total: entries.length })}
      </Text>
      <Stack component="dl" gap="sm" m={0} id={listId} aria-label={t("glossary.list")} data-testid="glossary-list">
        {shown.map((entry) => (
          <GlossaryItem key={entry.id} entry={entry} />
        ))}
      </Stack>
    </Stack>
  );
}

/** One term: a <div> grouping its <dt> and <dd>, as HTML allows inside <dl>, carrying the anchor. */
function GlossaryItem({ entry }: { entry: GlossaryEntry }) {
  return (
    <Paper withBorder p="md" radius="md" id={termAnchor(entry.id)} data-testid={`glossary-term-${entry.id}`}>
      <Box component="dt">
        <Text span fw={700} size="lg">
          {entry.term}
        </Text>
        <Text span size="sm" c="dimmed" ml="sm" data-testid="glossary-reading">
          {entry.original !== undefined && (
            <>
              <span lang="ja">{entry.original}</span>
              {" · "}
            </>
          )}
          {entry.reading}
        </Text>
      </Box>
      <Box component="dd" m={0} mt={6}>
        <Text>{entry.explanation}</Text>
      </Box>
    </Paper>
  );
}
