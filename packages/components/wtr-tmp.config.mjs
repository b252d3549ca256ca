import { browserTestConfig } from '../../scripts/wtr-config.mjs';
const config = browserTestConfig({ files: [] });
config.plugins.push({
  name: 'papaparse-esm',
  transform(context) {
    if (context.path.includes('/papaparse/papaparse')) {
      return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;` };
    }
  },
});
config.testFramework = { config: { timeout: 240000 } };
export default config;
