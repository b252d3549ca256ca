// Import circles in a package's source, type-only imports included (`node scripts/check-cycles.mjs src`).
// Every relative `import`/`export … from` and `import('…')` of a .ts/.tsx file is an edge; a strongly
// connected component of more than one module (or a module importing itself) is a circle. Exits 1 naming
// each circle, so `pnpm lint` fails when one is introduced. Uses the TypeScript parser only (no resolver:
// relative specifiers are resolved the way the workspace writes them, `./x.js` → `./x.ts`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const roots = process.argv.slice(2);
if (roots.length === 0) roots.push('src');

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(resolve(path));
  }
  return out;
}

function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(js|mjs|ts|tsx)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile());
}

function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specifiers = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.map((specifier) => resolveSpecifier(file, specifier)).filter((path) => path !== undefined);
}

/** Tarjan's strongly connected components; returns the circles (components of 2+ modules, or self-imports). */
export function circlesOf(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const circles = [];
  const connect = (node) => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), indices.get(next)));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) circles.push(component.reverse());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) connect(node);
  return circles;
}

const files = roots.flatMap((root) => sourceFiles(resolve(root)));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const circles = circlesOf(graph);
if (circles.length > 0) {
  console.error(`${circles.length} import circle(s):`);
  for (const circle of circles) console.error(`  ${circle.map((file) => relative(process.cwd(), file)).join(' ⇄ ')}`);
  process.exit(1);
}
console.warn(`no import circles in ${files.length} modules`);
