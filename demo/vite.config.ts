import { defineConfig } from 'vite';

// The demo consumes the packages' source through the `development` export condition,
// so editing a component shows up on reload without a build.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ['development', 'module', 'browser', 'import', 'default'] },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: false },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173) },
});
