// A build plugin that drops the indentation of Lit's `html`, `svg` and `css` templates (and the
// comments of `css`): the minifier keeps template text as written, and the indentation of the
// elements' templates and styles was ~10 KB of the drop-in bundle gzipped. Only the static text
// of those tagged templates changes, and only where the browser ignores it: spaces and tabs
// around a line break (a line break stays, so the source map's lines stay right). Templates
// containing `<pre` or `<textarea>` content keep their text as written.
import ts from 'typescript';
import type { Plugin } from 'vite';

const tags = new Set(['html', 'svg', 'css']);

/** The static text of a template with the indentation around its line breaks removed. */
export function squeezeTemplateText(text: string, tag: string): string {
  let out = tag === 'css' ? text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')) : text;
  out = out.replace(/[ \t]*\n[ \t]*/g, '\n');
  return out;
}

/** Whether a template's text must be kept as written (preformatted or textarea content). */
const keepsWhitespace = (parts: readonly string[]) => parts.some((part) => /<pre[\s>]|<textarea[^>]*>[^<]/.test(part));

/**
 * Removes the indentation of every `html`/`svg`/`css` tagged template of a TypeScript or
 * JavaScript module; returns the code unchanged when it has none.
 *
 * @example
 * squeezeTemplates('const s = css`\n  :host {\n    display: block;\n  }\n`;', 'a.ts')
 * // 'const s = css`\n:host {\ndisplay: block;\n}\n`;'
 */
export function squeezeTemplates(code: string, fileName: string): string {
  if (!/\b(html|svg|css)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  // [start, end) of each static part of the tagged templates, with its tag.
  const ranges: { start: number; end: number; tag: string }[] = [];
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
      if (!keepsWhitespace(parts.map(({ start, end }) => code.slice(start, end)))) for (const part of parts) ranges.push({ ...part, tag });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (ranges.length === 0) return code;
  ranges.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end, tag } of ranges) {
    out += code.slice(at, start) + squeezeTemplateText(code.slice(start, end), tag);
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
