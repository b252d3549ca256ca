import { describe, expect, it } from 'vitest';
import { squeezeCss, squeezeTemplates } from '../scripts/minify-templates.ts';

// The build plugin that drops the indentation of Lit templates (components' dist and drop-in bundle).
describe('squeezeTemplates', () => {
  it('drops the indentation around line breaks in html and svg templates, keeping the line breaks; squeezes css', () => {
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
        // The css's five line breaks go after the template: the code below keeps its lines.
        'const styles = css`:host{display:block}`',
        '',
        '',
        '',
        '',
        ';',
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

  it('keeps a css template with a backslash to its indentation (its raw text is not what the browser reads)', () => {
    expect(squeezeCss(['.a\\:b {\n  content: "\\2014";\n}\n'])).toEqual(['.a\\:b {\ncontent: "\\2014";\n}\n']);
  });
});

// Each case's expected text is written out by hand from the CSS rules, not from the code.
describe('squeezeCss', () => {
  const squeeze = (text: string) => squeezeCss([text])[0];

  it('drops whitespace around braces and semicolons, after the colon, the comments and the last semicolon of a block', () => {
    expect(squeeze('\n  :host {\n    display: block; /* note */\n    color : red ;\n  }\n  p { }\n')).toBe(':host{display:block;color :red}p{}');
  });

  it('keeps strings, attribute values and url() as written', () => {
    expect(squeeze(`.x::before {\n  content: '  a ,  b ; } ';\n}\n[part~='a  b'] > q { quotes: "« " " »"; }`)).toBe(`.x::before{content:'  a ,  b ; } '}[part~='a  b']>q{quotes:"« " " »"}`);
    expect(squeeze('a { background: url( a b.png ) , url("c , d.png") ; }')).toBe('a{background:url( a b.png ),url("c , d.png")}');
  });

  it('keeps one space for descendant combinators and before pseudo-classes, none around > + ~ and commas', () => {
    expect(squeeze('header   .title,\n  .a :hover,\n  ul > li + li ~ p,\n  :is( .b , .c ) em {\n  margin: 0;\n}')).toBe('header .title,.a :hover,ul>li+li~p,:is(.b,.c) em{margin:0}');
  });

  it('keeps the spaces of an+b and of attribute selectors', () => {
    expect(squeeze('li:nth-child(2n + 1) , [lang |= en] { color: red; }')).toBe('li:nth-child(2n + 1),[lang |= en]{color:red}');
  });

  it('keeps the spaces around + and - in calc() and between values; none inside parentheses, around commas, * and /', () => {
    expect(squeeze('a {\n  width: calc(100% - 8.5em);\n  height: calc( 1px + 2px );\n  margin: calc(var(--s) * 2) var(--s);\n  font: 12px / 1.5 system-ui , sans-serif;\n  color: rgb(0 0 0 / 50%) !important;\n}')).toBe(
      'a{width:calc(100% - 8.5em);height:calc(1px + 2px);margin:calc(var(--s)*2) var(--s);font:12px/1.5 system-ui,sans-serif;color:rgb(0 0 0/50%)!important}',
    );
  });

  it('keeps the spaces around and, not, < and before ( in at-rule preludes', () => {
    expect(squeeze('@media (min-width: 40rem) and (max-width: 60rem) {\n  a { color: red; }\n}\n@container list (width < 36rem) { b { color: blue; } }\n@media not print { }')).toBe(
      '@media (min-width:40rem) and (max-width:60rem){a{color:red}}@container list (width < 36rem){b{color:blue}}@media not print{}',
    );
  });

  it('keeps one space between the strings of grid-template-areas', () => {
    expect(squeeze('.g {\n  grid-template-areas:\n    "a b"\n    "c d";\n}')).toBe('.g{grid-template-areas:"a b" "c d"}');
  });

  it("keeps a custom property value's inner whitespace on a line, a line break as one space", () => {
    expect(squeeze(':host {\n  --x: a  b,  c;\n  --y: var(--z,\n    1px);\n  color: var(--x,  red);\n}')).toBe(':host{--x:a  b,  c;--y:var(--z, 1px);color:var(--x,red)}');
  });

  it('squeezes nested rules as rules and declarations', () => {
    expect(squeeze('a {\n  color: red;\n  & b:hover , & > i {\n    color: blue;\n  }\n}')).toBe('a{color:red;& b:hover,&>i{color:blue}}');
  });

  it('keeps a comment between two words as an empty comment, not a space', () => {
    expect(squeeze('.a/* x */.b { margin: 0/* y */auto; }')).toBe('.a/**/.b{margin:0/**/auto}');
  });

  it('leaves the ${…} holes alone, keeping one space between a hole and a word', () => {
    expect(squeezeCss(['\n  .a ', ' .b {\n    ', '\n    padding: 0 1px;\n  }\n  ', '\n  ', '\n  @media print { }\n'])).toEqual(['.a ', ' .b{', ' padding:0 1px}', ' ', ' @media print{}']);
    expect(squeezeCss(['a { margin: ', ' , ', '; }'])).toEqual(['a{margin:', ',', '}']);
    // A hole as a property's name may be a custom property's: its value keeps its spaces.
    expect(squeezeCss(['a { ', ':  1px  2px; }'])).toEqual(['a{', ':1px  2px}']);
    // A declaration list to put inside another rule keeps its last semicolon.
    expect(squeeze('\n  font: inherit;\n  color: red;\n')).toBe('font:inherit;color:red;');
  });
});
