// custom-elements.json is generated from the elements' JSDoc (@summary @slot @event
// @csspart @cssproperty @cssstate); Storybook's controls and docs read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/testing-fixtures/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
