/**
 * `@dossier/storage-adapters/node`: what only runs under Node (it types against `node:http`),
 * kept out of the package root so that a browser project type-checks the root without
 * Node's types.
 *
 * @example
 * import { toNodeListener } from '@dossier/storage-adapters/node';
 * http.createServer(toNodeListener(createStoreHandler({ store, authenticate }))).listen(8080);
 */
export * from './http/node-listener.js';
