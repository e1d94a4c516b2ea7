import ts from "typescript";
import { describe, expect, it } from "vitest";

type Sources = Record<string, string>;

/** Props whose value a person reads or hears; besides these, every prop named …Label or …Text. */
const userFacingProps = new Set([
  "label",
  "title",
  "placeholder",
  "aria-label",
  "aria-description",
  "alt",
  "description",
  "error",
  "tooltip",
  "confirmLabel",
  "cancelLabel",
]);

const isUserFacingProp = (name: string) => userFacingProps.has(name) || /(Label|Text)$/.test(name);

/** A word in any script: kana, kanji, Latin… Symbols and units without letters ("—", "%", "⚠") pass. */
const hasLetter = (text: string) => /\p{L}/u.test(text);

/** `// literal-ok: reason` (or `{/* literal-ok: reason *\/}` in JSX) on the line before, with a reason. */
const escape = /(\/\/|\/\*)\s*literal-ok:\s*\S/;

/**
 * The literal text a value can show: string and template literals, the text parts of a template with
 * substitutions, and both branches of `cond ? "a" : "b"` or the fallback of `x ?? "a"`.
 */
function literalTexts(node: ts.Node): { node: ts.Node; text: string }[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ node, text: node.text }];
  if (ts.isTemplateExpression(node))
    return [node.head, ...node.templateSpans.map((s) => s.literal)].map((part) => ({ node: part, text: part.text }));
  if (ts.isParenthesizedExpression(node)) return literalTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalTexts(node.whenTrue), ...literalTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken)
      return literalTexts(node.right);
  }
  return [];
}

/** JSX text as it renders: entities such as &nbsp; are not words, and runs of white space are one space. */
const jsxText = (raw: string) =>
  raw
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * User-facing words written into components instead of the ja/en catalogues: JSX text, string literals
 * as JSX children, and literal values of user-facing props (label, title, aria-label, …Label, …Text).
 */
export function literalViolations(sources: Sources): string[] {
  const violations: string[] = [];
  for (const [file, source] of Object.entries(sources)) {
    const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const lines = source.split("\n");
    const report = (node: ts.Node, what: string, text: string) => {
      // JSX text starts right after the tag, so skip its leading white space to name the line the words are on.
      const raw = ts.isJsxText(node) ? node.text : "";
      const start = node.getStart(sf) + raw.length - raw.trimStart().length;
      const line = sf.getLineAndCharacterOfPosition(start).line;
      if (line > 0 && escape.test(lines[line - 1]!)) return;
      violations.push(`${file}:${line + 1} ${what} «${text.replace(/\s+/g, " ").trim()}»`);
    };

    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node)) {
        const text = jsxText(node.text);
        if (hasLetter(text)) report(node, "JSX text", text);
      } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
        for (const { node: part, text } of literalTexts(node.expression))
          if (hasLetter(text)) report(part, "JSX string", text);
      } else if (ts.isJsxAttribute(node) && node.initializer) {
        const name = node.name.getText(sf);
        if (isUserFacingProp(name)) {
          const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
          for (const { node: part, text } of value ? literalTexts(value) : [])
            if (hasLetter(text)) report(part, `prop ${name}`, text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return violations;
}

describe("no user-facing literals in components", () => {
  it.each<[string, string, string[]]>([
    ["JSX text", `const A = () => <Text>保存</Text>;`, ["/src/a.tsx:1 JSX text «保存»"]],
    ["English JSX text", `const A = () => (\n  <b>\n    Save now\n  </b>\n);`, ["/src/a.tsx:3 JSX text «Save now»"]],
    ["a string child", `const A = () => <div>{"text"}</div>;`, ["/src/a.tsx:1 JSX string «text»"]],
    ["a template child", "const A = () => <div>{`${n}件`}</div>;", ["/src/a.tsx:1 JSX string «件»"]],
    ["a conditional child", `const A = () => <div>{ok ? "はい" : t("no")}</div>;`, ["/src/a.tsx:1 JSX string «はい»"]],
    ["label", `const A = () => <TextInput label="氏名" />;`, ["/src/a.tsx:1 prop label «氏名»"]],
    ["aria-label in braces", `const A = () => <Loader aria-label={"Loading"} />;`, ["/src/a.tsx:1 prop aria-label «Loading»"]],
    ["a template title", "const A = () => <Card title={`Plan`} />;", ["/src/a.tsx:1 prop title «Plan»"]],
    ["…Label and …Text props", `const A = () => <D okLabel="OK" helperText="Help" />;`, ["/src/a.tsx:1 prop okLabel «OK»", "/src/a.tsx:1 prop helperText «Help»"]],
    ["a fallback", `const A = () => <Img alt={name ?? "写真"} />;`, ["/src/a.tsx:1 prop alt «写真»"]],
    ["translated text", `const A = () => <Text title={t("x")}>{t("y")}</Text>;`, []],
    ["symbols and units", `const A = () => <Text>— · % ⚠ {n} / {"—"}&nbsp;</Text>;`, []],
    ["a template of symbols", "const A = () => <NavLink label={`⚠ ${t(\"nav.response\")}`} />;", []],
    ["non-user-facing props", `const A = () => <Box data-testid="save" className="big" key="a" variant="filled" c="red.9" />;`, []],
    ["an escape with a reason", `const A = () => (\n  // literal-ok: language names are not translated\n  <Select label="English" />\n);`, []],
    ["an escape inside JSX", `const A = () => (\n  <b>\n    {/* literal-ok: the product name */}\n    HomeCare BCP\n  </b>\n);`, []],
    ["an escape without a reason", `const A = () => (\n  // literal-ok:\n  <Select label="English" />\n);`, ["/src/a.tsx:3 prop label «English»"]],
    ["an escape two lines up", `// literal-ok: too far\nconst A = () => 1;\nconst B = () => <b>Save</b>;`, ["/src/a.tsx:3 JSX text «Save»"]],
  ])("%s", (_name, source, expected) => {
    expect(literalViolations({ "/src/a.tsx": source })).toEqual(expected);
  });

  it("hold for every component", () => {
    const all = import.meta.glob<string>("/src/**/*.tsx", { query: "?raw", import: "default", eager: true });
    const sources = Object.fromEntries(
      Object.entries(all).filter(([file]) => !file.endsWith(".test.tsx") && !file.startsWith("/src/test/")),
    );
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(literalViolations(sources)).toEqual([]);
  });
});
