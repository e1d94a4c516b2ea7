// 参加者 as the planner types them: one a line, 「氏名 役割」 or 「氏名：役割」.
import type { Participant } from "../../ipc/bindings.gen";

/** A colon of either width separates the name from the role. */
const colon = /\s*[:：]\s*/;
const space = /[\s\u3000]+/;

/**
 * Lines into participants. A colon separates name and role (「山田 花子：対策本部長」). Without one, a
 * Japanese full name has a space of its own (「北野 春子」), so two words are a name; with three or more
 * the last word is the role (「北野 春子 対策本部長」). Blank lines are skipped.
 */
export function parseParticipants(text: string): Participant[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const match = colon.exec(line);
      if (match) return { name: line.slice(0, match.index), role: line.slice(match.index + match[0].length).trim() };
      const words = line.split(space);
      if (words.length < 3) return { name: line, role: "" };
      return { name: words.slice(0, -1).join(" "), role: words[words.length - 1] };
    });
}

/** Participants back into lines that parse to the same list: always 「氏名：役割」, or the bare name. */
export function participantsText(participants: Participant[]): string {
  return participants.map(({ name, role }) => (role === "" && !/\s.*\s/.test(name) ? name : `${name}：${role}`)).join("\n");
}

/** One entry a line, blank lines left out (attendees, deviations). */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
