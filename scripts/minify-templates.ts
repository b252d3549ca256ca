// A build plugin that squeezes the whitespace of Lit's `html`, `svg` and `css` templates: the
// minifier keeps template text as written, and the indentation of the elements' templates and
// styles was ~10 KB of the drop-in bundle gzipped. Only the static text of those tagged templates
// changes, and only where the browser ignores it. `html`/`svg`: spaces and tabs around a line
// break (the line break stays). Templates containing `<pre` or `<textarea>` content keep their
// text as written. `css`: see squeezeCss.
import ts from 'typescript';
import type { Plugin } from 'vite';

const tags = new Set(['html', 'svg', 'css']);

/** The static text of an `html`/`svg` template with the indentation around its line breaks removed. */
export function squeezeTemplateText(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, '\n');
}

// A token of a css template: a run of whitespace and comments, a string, an unquoted url(…), a
// word (ident, number, hash, `.class`, `@rule`, `-`…), one punctuation character, or a `${…}` hole.
type Token = { text: string; kind: 'blank' | 'string' | 'word' | 'punct' | 'hole'; part: number; context?: Context; fn?: string; colon?: boolean };
type Context = 'selector' | 'at-rule' | 'declaration' | 'custom';
const tokenPattern = /(?:\s|\/\*[\s\S]*?\*\/)+|'[^'\n]*'|"[^"\n]*"|url\((?!\s*['"])[^)]*\)|[^\s{}();:,>+~*/!=[\]'"]+|[\s\S]/gy;

function tokenize(parts: readonly string[]): Token[] {
  const tokens: Token[] = [];
  parts.forEach((text, part) => {
    if (part > 0) tokens.push({ text: '', kind: 'hole', part });
    for (const [match] of text.matchAll(tokenPattern)) {
      const kind = /^(\s|\/\*)/.test(match) ? 'blank' : /^['"]|^url\(/i.test(match) ? 'string' : /^[{}();:,>+~*/!=[\]]$/.test(match) ? 'punct' : 'word';
      tokens.push({ text: match, kind, part });
    }
  });
  return tokens;
}

const isPunct = (token: Token | undefined, chars: string) => token?.kind === 'punct' && chars.includes(token.text);

/**
 * Marks each token with the context of its statement (the tokens up to the next `{`, `;` or `}`
 * outside parentheses): a selector before `{`, an at-rule prelude, else a declaration, whose value
 * is a custom property's when its name starts with `--` or is a `${…}` hole; with the innermost
 * function's name.
 */
function markContexts(tokens: Token[]): void {
  const functions: string[] = [];
  let start = 0;
  const close = (end: number) => {
    const statement = tokens.slice(start, end);
    const first = statement.find((t) => t.kind !== 'blank');
    const colon = statement.findIndex((t) => isPunct(t, ':'));
    const name = statement.slice(0, Math.max(colon, 0)).findLast((t) => t.kind !== 'blank');
    statement.forEach((t, i) => {
      t.context = first?.text.startsWith('@') ? 'at-rule' : isPunct(tokens[end], '{') ? 'selector' : i > colon && colon >= 0 && (name?.kind === 'hole' || name?.text.startsWith('--')) ? 'custom' : 'declaration';
    });
    if (statement[colon] && statement[colon].context !== 'selector' && statement[colon].context !== 'at-rule') statement[colon].colon = true;
    start = end + 1;
  };
  tokens.forEach((t, i) => {
    if (functions.length === 0 && isPunct(t, '{};')) return close(i);
    if (isPunct(t, '(')) functions.push(tokens[i - 1]?.kind === 'word' ? tokens[i - 1]!.text : '');
    else if (isPunct(t, ')')) functions.pop();
    t.fn = functions.at(-1);
  });
  close(tokens.length);
}

/** Whether the whitespace between two tokens can go in its context (else it becomes one space). */
function removable(before: Token | undefined, after: Token | undefined, blank: Token): boolean {
  if (!before || !after || isPunct(before, '{};') || isPunct(after, '{};')) return true;
  switch (blank.context) {
    case 'custom':
      return before.colon === true;
    case 'declaration':
      return before.colon === true || isPunct(before, ',(/*') || isPunct(after, ',)!/*');
    case 'at-rule':
      return isPunct(before, '(,:') || isPunct(after, '),');
    default:
      if (isPunct(before, '(,>') || isPunct(after, '),>')) return true;
      return !blank.fn?.startsWith('nth-') && (isPunct(before, '+~') || isPunct(after, '+~'));
  }
}

/**
 * The static parts of a `css` template squeezed the way a CSS minifier's whitespace pass does:
 * comments go; whitespace goes next to `{`, `}`, `;`, at the ends, after a declaration's colon,
 * around commas, inside parentheses and around selector combinators; any other run becomes one
 * space (descendant combinators, `calc(1px + 2px)`, `(a) and (b)`, a custom property's value).
 * A custom property's value keeps its whitespace on a line (a line break becomes a space). The last
 * `;` of a block goes. Strings and url(…) stay as written; a `${…}` hole counts as a word (its
 * text is not known here). Templates with a backslash are only stripped of their indentation
 * (their cooked text, which the browser reads, differs from the raw).
 */
export function squeezeCss(parts: readonly string[]): string[] {
  if (parts.some((part) => part.includes('\\'))) return parts.map((part) => squeezeTemplateText(part.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))));
  const tokens = tokenize(parts);
  markContexts(tokens);
  const out = parts.map(() => '');
  tokens.forEach((t, i) => {
    let text = t.text;
    if (t.kind === 'blank') {
      const space = t.text.replace(/\/\*[\s\S]*?\*\//g, '');
      text = removable(tokens[i - 1], tokens[i + 1], t) ? '' : t.context === 'custom' && /^[ \t]+$/.test(t.text) ? t.text : space ? ' ' : '/**/';
    } else if (isPunct(t, ';') && isPunct(tokens[i + 1]?.kind === 'blank' ? tokens[i + 2] : tokens[i + 1], '}')) text = '';
    out[t.part] += text;
  });
  return out;
}

/** Whether a template's text must be kept as written (preformatted or textarea content). */
const keepsWhitespace = (parts: readonly string[]) => parts.some((part) => /<pre[\s>]|<textarea[^>]*>[^<]/.test(part));

/**
 * Squeezes the whitespace of every `html`/`svg`/`css` tagged template of a TypeScript or
 * JavaScript module; returns the code unchanged when it has none.
 *
 * @example
 * squeezeTemplates('const s = css`\n  :host {\n    display: block;\n  }\n`;', 'a.ts')
 * // 'const s = css`:host{display:block}`\n\n\n\n;'
 */
export function squeezeTemplates(code: string, fileName: string): string {
  if (!/\b(html|svg|css)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  // [start, end) of each static part of the tagged templates, with its squeezed text.
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      const tag = node.tag.text;
      const template = node.template;
      const parts: { start: number; end: number }[] = [];
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        parts.push({ start: template.getStart(source) + 1, end: template.end - 1 });
      } else {
        parts.push({ start: template.head.getStart(source) + 1, end: template.head.end - 2 });
        for (const span of template.templateSpans) {
          const literal = span.literal;
          parts.push({ start: literal.getStart(source) + 1, end: literal.end - (ts.isTemplateTail(literal) ? 1 : 2) });
        }
      }
      const texts = parts.map(({ start, end }) => code.slice(start, end));
      if (tag === 'css') {
        const squeezed = squeezeCss(texts);
        squeezed.forEach((text, i) => edits.push({ ...parts[i]!, text }));
        // The line breaks taken out of the text go after the template, so the lines of the code
        // below it stay where the source map (none: `map: null`) says they are.
        const lines = (texts: string[]) => texts.join('').split('\n').length;
        edits.push({ start: template.end, end: template.end, text: '\n'.repeat(lines(texts) - lines(squeezed)) });
      }      else if (!keepsWhitespace(texts)) texts.forEach((text, i) => edits.push({ ...parts[i]!, text: squeezeTemplateText(text) }));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return code;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end, text } of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

/** The Vite plugin: squeezes the templates of the TypeScript sources under `root`. */
export function minifyTemplates(root: string): Plugin {
  return {
    name: 'dossier:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(root) || !/\.tsx?$/.test(file) || file.includes('/node_modules/')) return null;
      const squeezed = squeezeTemplates(code, file);
      return squeezed === code ? null : { code: squeezed, map: null };
    },
  };
}
