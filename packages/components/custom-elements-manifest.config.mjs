// custom-elements.json is generated from the elements' JSDoc (@summary @slot @event
// @csspart @cssproperty @cssstate); Storybook's controls and docs read it.

/**
 * Event classes are written `class DossierXxxEvent extends dossierEvent<Detail>()('dossier-xxx') {}`
 * (shared/events.ts). The analyzer cannot read a superclass made by a call: this plugin records
 * them as it would a hand-written subclass — superclass `DossierEvent`, a static `type` field with
 * the event's name (the inherited `detail` is added by the analyzer's inheritance phase).
 */
function dossierEventClasses() {
  return {
    name: 'dossier-event-classes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      if (!base || !ts.isCallExpression(base) || !ts.isCallExpression(base.expression)) return;
      const factory = base.expression.expression;
      const name = base.arguments[0];
      if (!ts.isIdentifier(factory) || factory.text !== 'dossierEvent' || !name || !ts.isStringLiteral(name)) return;
      const declaration = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
      if (!declaration) return;
      const events = 'src/shared/events.ts';
      declaration.superclass = { name: 'DossierEvent', module: moduleDoc.path === events ? events : '/src/shared/events.js' };
      declaration.members = [
        { kind: 'field', name: 'type', type: { text: 'string' }, static: true, readonly: true, default: `'${name.text}'` },
        ...(declaration.members ?? []),
      ];
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/testing-fixtures/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dossierEventClasses()],
};
