import { libraryConfig } from '../../scripts/vite-library.ts';

export default libraryConfig({
  root: import.meta.dirname,
  entries: {
    index: 'src/index.ts',
    sample: 'src/sample/index.ts',
    schema: 'src/schema/index.ts',
    grading: 'src/grading/index.ts',
    analytics: 'src/analytics/index.ts',
    privacy: 'src/privacy/index.ts',
    io: 'src/io/index.ts',
  },
});
