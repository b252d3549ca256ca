/** Dense group numbers for the keys of an analysis (reps, grades, dimension values). */
export interface GroupNumbers<K> {
  /** The key of each group, in the order the keys were first seen: `keys[g]` is group `g`'s. */
  readonly keys: K[];
  /** The group of `key`: its number when seen before, else the next one. */
  groupOf(key: K): number;
}

/**
 * Numbers keys 0, 1, 2 … in the order they are first seen, so that per-group sums can live in
 * typed arrays indexed by group.
 *
 * @example
 * const reps = groupNumbers<string>();
 * [reps.groupOf('wang'), reps.groupOf('li'), reps.groupOf('wang')] // [0, 1, 0]; reps.keys: ['wang', 'li']
 */
export function groupNumbers<K>(): GroupNumbers<K> {
  const keys: K[] = [];
  const numbers = new Map<K, number>();
  return {
    keys,
    groupOf(key) {
      let g = numbers.get(key);
      if (g === undefined) {
        g = keys.length;
        keys.push(key);
        numbers.set(key, g);
      }
      return g;
    },
  };
}
