import { createContext } from '@lit/context';
import type { Locale, SensitivityLevel } from '@dossier/core';

/**
 * The contexts `<dossier-provider>` provides (through @lit/context) to every element below it.
 * Values are replaced, never mutated: consumers subscribe and re-render on a new value.
 * The keys are global symbols so that two copies of the package on one page still meet.
 */

/** Light or dark theme of the widgets. */
export type Theme = 'light' | 'dark';

/** Who is looking: a role and the sensitivity levels the viewer is cleared to read. */
export interface Viewer {
  /** Free-form role name, e.g. `sales-rep`, `sales-manager`, `finance`. */
  readonly role: string;
  /** Sensitivity levels this viewer may read; anything else is absent from the DOM. */
  readonly clearance: readonly SensitivityLevel[];
  /** Optional id of the person, used as `actor` when saving. */
  readonly id?: string;
}

/**
 * The viewer assumed when none is given: cleared for public information only, so that a
 * forgotten provider shows less, never more.
 *
 * @example
 * canRead(anonymousViewer, 'internal') // false
 */
export const anonymousViewer: Viewer = /* @__PURE__ */ Object.freeze({ role: 'anonymous', clearance: Object.freeze(['public'] as const) });

/**
 * Whether a viewer may read a value of the given sensitivity.
 *
 * @example
 * canRead({ role: 'manager', clearance: ['public', 'internal'] }, 'secret') // false
 */
export function canRead(viewer: Viewer | undefined, level: SensitivityLevel): boolean {
  return (viewer ?? anonymousViewer).clearance.includes(level);
}

/**
 * The store (any adapter of @dossier/storage-adapters). Typed loosely here so that importing
 * the contexts does not import the contract; elements narrow it where they use it.
 */
export const storeContext = /* @__PURE__ */ createContext<unknown>(Symbol.for('dossier:store'));
/** The locale every string and number is shown in. */
export const localeContext = /* @__PURE__ */ createContext<Locale | undefined>(Symbol.for('dossier:locale'));
/** The viewer (role and clearance). */
export const viewerContext = /* @__PURE__ */ createContext<Viewer | undefined>(Symbol.for('dossier:viewer'));
/** The grading policy in force (as core's grading defines it). */
export const gradingPolicyContext = /* @__PURE__ */ createContext<unknown>(Symbol.for('dossier:grading-policy'));
/** The theme. */
export const themeContext = /* @__PURE__ */ createContext<Theme | undefined>(Symbol.for('dossier:theme'));
