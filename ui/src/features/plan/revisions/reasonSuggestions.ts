/**
 * 改訂理由 people usually give. The value is Japanese in either UI language, because it is printed
 * as typed in the (Japanese) plan's 改訂履歴; the English UI adds a gloss (revise.suggestion.<id>).
 */
export const reasonSuggestions = [
  { id: "new", value: "新規作成" },
  { id: "periodic", value: "定期見直し" },
  { id: "drill", value: "訓練結果の反映" },
  { id: "organization", value: "体制の変更" },
  { id: "law", value: "法令改正への対応" },
] as const;
