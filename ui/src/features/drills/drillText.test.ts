import { describe, expect, it } from "vitest";
import { translate, type Translate } from "../../i18n/translate";
import { localValueOf, rfc3339WithOffsetFromLocal } from "../outage/localDateTime";
import { offsetText } from "./offsetText";
import { linesOf, parseParticipants, participantsText } from "./participants";

const tJa: Translate = (key, vars) => translate("ja", key, vars);
const tEn: Translate = (key, vars) => translate("en", key, vars);

describe("inject offsets", () => {
  it("read as the facilitator says them, as the drill pack prints them", () => {
    for (const [minutes, ja, en] of [
      [0, "T+0分", "T+0 min"],
      [15, "T+15分", "T+15 min"],
      [90, "T+1時間30分", "T+1 h 30 min"],
      [-360, "T−6時間", "T−6 h"],
      [1440, "T+1日", "T+1 d"],
      [2700, "T+1日21時間", "T+1 d 21 h"],
    ] as const) {
      expect(offsetText(tJa, minutes), String(minutes)).toBe(ja);
      expect(offsetText(tEn, minutes), String(minutes)).toBe(en);
    }
  });
});

describe("participants", () => {
  it("read a colon as the separator, two words as a full name, and a third word as the role", () => {
    expect(parseParticipants("北野 春子 対策本部長\n南\u3000夏美\n\n 高橋 \n田中:連絡係\n伊藤 一郎：訪問係 兼 記録")).toEqual([
      { name: "北野 春子", role: "対策本部長" },
      { name: "南\u3000夏美", role: "" },
      { name: "高橋", role: "" },
      { name: "田中", role: "連絡係" },
      { name: "伊藤 一郎", role: "訪問係 兼 記録" },
    ]);
  });

  it("keep a space in the name when a colon separates the role", () => {
    expect(parseParticipants("山田 花子：対策本部長")).toEqual([{ name: "山田 花子", role: "対策本部長" }]);
  });

  it("write back lines that read as the same list", () => {
    const list = [
      { name: "山田 花子", role: "対策本部長" },
      { name: "山田 太郎", role: "" },
      { name: "佐藤", role: "安否確認係" },
      { name: "高橋", role: "" },
    ];
    expect(participantsText(list)).toBe("山田 花子：対策本部長\n山田 太郎\n佐藤：安否確認係\n高橋");
    expect(parseParticipants(participantsText(list))).toEqual(list);
    expect(linesOf(" a \n\n b")).toEqual(["a", "b"]);
  });
});

describe("a drill's start", () => {
  it("is sent with the computer's own offset and read back on its clock", () => {
    const sent = rfc3339WithOffsetFromLocal("2027-01-20T03:00");
    expect(sent).toMatch(/^2027-01-20T03:00:00[+-]\d{2}:\d{2}$/);
    expect(Date.parse(sent!)).toBe(new Date(2027, 0, 20, 3, 0).getTime());
    expect(localValueOf(sent!)).toBe("2027-01-20T03:00");
    expect(rfc3339WithOffsetFromLocal("2027-01-20T")).toBeNull();
  });
});
