import { libraryConfig } from '../../scripts/vite-library.ts';

export default libraryConfig({
  root: import.meta.dirname,
  entries: { index: 'src/index.ts', define: 'src/define.ts', 'define-import': 'src/define-import.ts', react: 'src/react/index.ts' },
});
