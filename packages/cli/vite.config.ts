import { libraryConfig } from '../../scripts/vite-library.ts';

export default libraryConfig({
  root: import.meta.dirname,
  // The range worker is started by path (csv/parallel-read), not imported: its own entry.
  entries: { index: 'src/index.ts', main: 'src/main.ts', 'csv/range-worker': 'src/csv/range-worker.ts' },
});
