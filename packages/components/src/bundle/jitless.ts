/**
 * Makes zod parse without compiling parsers through `new Function`, so that the drop-in
 * bundle works under a Content-Security-Policy without `unsafe-eval` (and never triggers a
 * `securitypolicyviolation` by probing for it). Imported first by the bundle entry, so that it
 * runs before any module of the bundle parses anything.
 *
 * @example
 * import '@dossier/components/src/bundle/jitless.js'; // side effect only
 */
import * as z from 'zod';

z.config({ jitless: true });
