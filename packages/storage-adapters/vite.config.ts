import { libraryConfig } from '../../scripts/vite-library.ts';

export default libraryConfig({
  root: import.meta.dirname,
  entries: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    node: 'src/node.ts',
    memory: 'src/memory/index.ts',
    indexeddb: 'src/indexeddb/index.ts',
    postgres: 'src/postgres/index.ts',
    http: 'src/http/index.ts',
    privacy: 'src/privacy/index.ts',
  },
});
