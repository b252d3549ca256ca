import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, columns: 80, write: (s: string) => written.push(s) }, written };
}

describe('createProgress', () => {
  it('draws a bar with the percentage on a terminal after the delay, then clears it', () => {
    let now = 0;
    const { stream, written } = terminal(true);
    const progress = createProgress(stream, { label: 'Reading', delayMs: 500, now: () => now });
    progress.update(10, 100); // before the delay: nothing
    expect(written).toEqual([]);
    now = 600;
    progress.update(45, 100);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\rReading [█░]+ 45%$/);
    now = 650; // within 100 ms of the last draw: skipped
    progress.update(50, 100);
    expect(written).toHaveLength(1);
    now = 800;
    progress.update(100, 100);
    expect(written[1]).toMatch(/ 100%$/);
    progress.end();
    expect(written[2]).toBe('\r\x1b[2K');
  });

  it('stays silent when standard error is not a terminal', () => {
    const { stream, written } = terminal(false);
    const progress = createProgress(stream, { label: 'Reading', delayMs: 0, now: () => 1000 });
    progress.update(1, 2);
    progress.end();
    expect(written).toEqual([]);
  });
});
