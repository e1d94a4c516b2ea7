import { FactList } from "../../components/FactList";
import { formatNumber, formatShortDateTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/LanguageProvider";
import { useLocalText } from "../../i18n/localText";
import type { Drill, Scenario } from "../../ipc/bindings.gen";
import { useLinkView } from "../../ipc/linkQueries";
import { LinkSection } from "../links/LinkSection";

/** 訓練の計画: what was decided when the drill was planned. */
export function DrillFacts({ drill, scenario }: { drill: Drill; scenario: Scenario | undefined }) {
  const t = useT();
  const language = useLanguage();
  const local = useLocalText();
  const partners = useLinkView().data?.partners ?? [];
  const nameOf = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  const names = (ids: string[] | undefined) =>
    ids && ids.length > 0 ? ids.map(nameOf).join(t("drill.separator")) : t("drill.none");
  const participants = drill.participants ?? [];

  return (
    <LinkSection title={t("drill.planTitle")} testId="drill-facts">
      <FactList
        facts={[
          { label: t("drill.scenario"), value: scenario ? local(scenario.title) : drill.scenarioId, testId: "drill-fact-scenario" },
          { label: t("drill.kind"), value: t(`drillKind.${drill.kind}`), testId: "drill-fact-kind" },
          {
            label: t("drill.startsAt"),
            value: <time dateTime={drill.startsAt}>{formatShortDateTime(drill.startsAt)}</time>,
            testId: "drill-fact-starts-at",
          },
          {
            label: t("drill.blackout"),
            value:
              drill.blackoutHours === null
                ? t("tabletop.unknown")
                : t("drill.hours", { hours: formatNumber(drill.blackoutHours, language) }),
            testId: "drill-fact-blackout",
          },
          {
            label: t("drill.officeDown"),
            value: t(drill.officeDown ? "drill.officeDownYes" : "drill.officeDownNo"),
            testId: "drill-fact-office-down",
          },
          { label: t("drill.partnersDown"), value: names(drill.partnersDown), testId: "drill-fact-partners-down" },
          { label: t("drill.jointPartners"), value: names(drill.jointPartnerIds), testId: "drill-fact-joint" },
          {
            label: t("drill.participants"),
            value:
              participants.length === 0
                ? t("drill.none")
                : participants
                    .map((p) => (p.role ? t("drill.participant", { name: p.name, role: p.role }) : p.name))
                    .join(t("drill.separator")),
            testId: "drill-fact-participants",
          },
        ]}
      />
    </LinkSection>
  );
}
