import type { Translate } from "../../i18n/translate";
import type { Cover } from "../../ipc/bindings.gen";

/** Who visits or bridges, and under which agreement: 「当事業所」「みなみ（代行訪問）」「なし」. */
export function coverText(t: Translate, cover: Cover): string {
  switch (cover.by) {
    case "us":
      return t("cover.us");
    case "partner": {
      const name = cover.partnerName ?? cover.partnerId ?? "";
      return cover.kind ? t("cover.partner", { name, kind: t(`agreementKind.${cover.kind}`) }) : name;
    }
    case "ownArrangement":
      return t("cover.ownArrangement");
    case "nobody":
      return t("cover.nobody");
  }
}
