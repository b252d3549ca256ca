import { createContext } from '@lit/context';
import type { Locale, Person, Viewer } from '@dossier/core';

/**
 * The contexts `<dossier-provider>` provides (through @lit/context) to every element below it.
 * Values are replaced, never mutated: consumers subscribe and re-render on a new value.
 * The keys are global symbols so that two copies of the package on one page still meet.
 */

/** Light or dark theme of the widgets. */
export type Theme = 'light' | 'dark';

/**
 * The store (any adapter of @dossier/storage-adapters). Typed loosely here so that importing
 * the contexts does not import the contract; elements narrow it where they use it.
 */
export const storeContext = /* @__PURE__ */ createContext<unknown>(Symbol.for('dossier:store'));
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
