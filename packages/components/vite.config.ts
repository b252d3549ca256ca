import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import { libraryConfig } from '../../scripts/vite-library.ts';
import { minifyTemplates } from '../../scripts/minify-templates.ts';

// One entry per element registration (`@dossier/components/define/<name>`), beside the others.
const oneElement = Object.fromEntries(
  readdirSync(new URL('src/define/', import.meta.url))
    .filter((file) => file.endsWith('.ts') && file !== 'register.ts')
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

const config: UserConfig = {
  ...libraryConfig({
    root: import.meta.dirname,
    entries: { index: 'src/index.ts', define: 'src/define.ts', 'define-import': 'src/define-import.ts', react: 'src/react/index.ts', 'react/duplicates': 'src/react/duplicates.ts', ...oneElement },
  }),
  // The templates' indentation is left out of dist (see scripts/minify-templates.ts).
  plugins: [minifyTemplates(fileURLToPath(new URL('src/', import.meta.url)))],
};

export default config;
