import { libraryConfig } from '../../scripts/vite-library.ts';

export default libraryConfig({
  root: import.meta.dirname,
  entries: { index: 'src/index.ts', testing: 'src/testing/index.ts', node: 'src/node.ts' },
});
