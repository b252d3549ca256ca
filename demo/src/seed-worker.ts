// Works out the seed off the page's thread (faker takes a few seconds for a few thousand
// customers): it answers `generate` with the list's first screens and keeps the rest until the
// page, having written those, asks for it.
import type { SeedCommand, SeedReply, SeedRest } from './seed-client.js';
import { prepareSeed } from './seed-prepare.js';

let rest: SeedRest | undefined;
const reply = (message: SeedReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<SeedCommand>) => {
  try {
    if (event.data.type === 'generate') {
      const prepared = prepareSeed(event.data.request);
      rest = prepared.rest;
      reply({ ok: true, part: 'first', value: prepared.first });
    } else if (rest) {
      reply({ ok: true, part: 'rest', value: rest });
    }
  } catch (error) {
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
