import { createContext } from '@lit/context';
import type { Locale, Person, Viewer } from '@dossier/core';
import type { RecordMap, Store } from '@dossier/storage-adapters';

/**
 * The contexts `<dossier-provider>` provides (through @lit/context) to every element below it.
 * Values are replaced, never mutated: consumers subscribe and re-render on a new value.
 * The keys are global symbols so that two copies of the package on one page still meet.
 */

/** Light or dark theme of the widgets. */
export type Theme = 'light' | 'dark';

/**
 * The store: any adapter of @dossier/storage-adapters (memory, IndexedDB, PostgreSQL, HTTP, or
 * one wrapped by `withPrivacy`), as the contract's one `Store` type over any record map (core's
 * `dossierKinds()` or plain JSON). The import is type-only: importing the contexts loads none of
 * the adapters' code.
 */
export const storeContext = /* @__PURE__ */ createContext<Store<RecordMap> | undefined>(Symbol.for('dossier:store'));
/** The locale every string and number is shown in. */
export const localeContext = /* @__PURE__ */ createContext<Locale | undefined>(Symbol.for('dossier:locale'));
/** The viewer (core's `Viewer`: user id and role policy with its clearances). */
export const viewerContext = /* @__PURE__ */ createContext<Viewer | undefined>(Symbol.for('dossier:viewer'));
/** The grading policy in force (as core's grading defines it). */
export const gradingPolicyContext = /* @__PURE__ */ createContext<unknown>(Symbol.for('dossier:grading-policy'));
/** The theme. */
export const themeContext = /* @__PURE__ */ createContext<Theme | undefined>(Symbol.for('dossier:theme'));
/**
 * The people directory (core's `Person`): elements show owners, authors and actors by name
 * through it (core's `personName`), never by id.
 */
export const peopleContext = /* @__PURE__ */ createContext<readonly Person[] | undefined>(Symbol.for('dossier:people'));
