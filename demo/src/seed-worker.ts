// Generates the sample archive off the main thread (faker takes a few seconds for a few
// thousand customers), so the progress indicator keeps moving while it runs.
import { generateArchive, type ArchiveOptions } from '@dossier/core/sample';

self.addEventListener('message', (event: MessageEvent<ArchiveOptions>) => {
  try {
    const archive = generateArchive(event.data);
    self.postMessage({ ok: true, archive });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
