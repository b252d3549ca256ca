import { describe, expect, it } from 'vitest';
import { squeezeTemplates } from '../scripts/minify-templates.ts';

// The build plugin that drops the indentation of Lit templates (components' dist and drop-in bundle).
describe('squeezeTemplates', () => {
  it('drops the indentation around line breaks in css, html and svg templates, keeping the line breaks', () => {
    const code = [
      'const styles = css`',
      '  :host {',
      '    display: block; /* a note',
      '       on two lines */',
      '  }',
      '`;',
      'const view = html`<ul>',
      '    ${items.map((i) => html`',
      '      <li>${i}</li>`)}',
      '  </ul>`;',
      'const icon = svg`',
      '  <path d="M0 0"/>`;',
    ].join('\n');
    expect(squeezeTemplates(code, 'a.ts')).toBe(
      [
        'const styles = css`',
        ':host {',
        'display: block;', // the comment goes, its line break stays
        '',
        '}',
        '`;',
        'const view = html`<ul>',
        '${items.map((i) => html`',
        '<li>${i}</li>`)}',
        '</ul>`;',
        'const icon = svg`',
        '<path d="M0 0"/>`;',
      ].join('\n'),
    );
  });

  it('keeps the code outside the templates, other tags, plain templates and strings as written', () => {
    const code = [
      'const a = `',
      '  plain`;',
      "const b = '  x  ';",
      'const c = unsafeCSS(`',
      '  y`);',
      'const d = html`<p>${`',
      '  nested plain`}</p>`;',
      '  if (a) {',
      '    go();',
      '  }',
    ].join('\n');
    expect(squeezeTemplates(code, 'b.ts')).toBe(code);
  });

  it('leaves templates with preformatted or textarea content alone', () => {
    const code = 'const v = html`<pre>\n  kept\n</pre>`;\nconst w = html`<textarea>\n  kept</textarea>`;';
    expect(squeezeTemplates(code, 'c.ts')).toBe(code);
  });

  it('keeps a textarea whose value is a property binding squeezed (no content of its own)', () => {
    expect(squeezeTemplates('html`<textarea\n    rows="3"\n    .value=${v}></textarea>`', 'd.ts')).toBe('html`<textarea\nrows="3"\n.value=${v}></textarea>`');
  });
});
