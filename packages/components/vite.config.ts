import { readdirSync } from 'node:fs';
import { libraryConfig } from '../../scripts/vite-library.ts';

// One entry per element registration (`@dossier/components/define/<name>`), beside the others.
const oneElement = Object.fromEntries(
  readdirSync(new URL('src/define/', import.meta.url))
    .filter((file) => file.endsWith('.ts') && file !== 'register.ts')
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

export default libraryConfig({
  root: import.meta.dirname,
  entries: { index: 'src/index.ts', define: 'src/define.ts', 'define-import': 'src/define-import.ts', react: 'src/react/index.ts', ...oneElement },
});
