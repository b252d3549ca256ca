// What Storybook's Docs pages and controls read from custom-elements.json, made fit for
// designers: the element's description (its JSDoc summary and text), only the public properties
// a page may set (no private, protected, static or read-only members), CSS parts named as parts
// (`::part(vip)`, so they no longer take the place of the `vip` property), and a choice control
// for every property or attribute whose values are an enumeration.
import { abcGrades, customerKinds, locales, pointsTiers, rfmSegments } from '@dossier/core';

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: { text?: string };
}
interface Declaration {
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Member[];
  cssParts?: { name: string; description?: string }[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** A copy of the manifest as Storybook should show it. */
export function forStorybook<M extends Manifest>(manifest: M): M {
  const copy = JSON.parse(JSON.stringify(manifest)) as M;
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      declaration.description = [declaration.summary, declaration.description].filter((text) => text && text.trim() !== '').join('\n\n');
      declaration.members = (declaration.members ?? []).filter(
        (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.readonly && !member.name.startsWith('#'),
      );
      declaration.cssParts = (declaration.cssParts ?? []).map((part) => ({ ...part, name: `::part(${part.name})` }));
    }
  }
  return copy;
}

/** The values of the type names the elements' properties use (core's and the elements' vocabularies). */
const vocabularies: Record<string, readonly string[]> = {
  Locale: locales,
  Theme: ['light', 'dark'],
  AbcGrade: abcGrades,
  RfmSegment: rfmSegments,
  PointsTier: pointsTiers,
  CustomerKind: customerKinds,
  CardVariant: ['prospect', 'current', 'former'],
  ListSort: ['name', 'revenue', 'lastPurchase', 'grade', 'stage'],
};

/** The values of an enumeration type text (`'a' | 'b'`, `Theme | undefined`), or undefined. */
export function enumerationOf(typeText: string | undefined): readonly string[] | undefined {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== '');
  if (parts.length === 1 && vocabularies[parts[0]!]) return vocabularies[parts[0]!];
  if (parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))) return parts.map((part) => part.slice(1, -1));
  return undefined;
}

type ArgType = { table?: { category?: string; type?: { summary?: string } }; control?: unknown; options?: readonly unknown[] };

/** A Storybook argTypes enhancer: a select control for every enumeration. */
export function enumerationControls<T extends Record<string, ArgType>>(context: { argTypes: T }): T {
  const out: Record<string, ArgType> = {};
  for (const [name, argType] of Object.entries(context.argTypes)) {
    const category = argType.table?.category;
    const values = category === 'properties' || category === 'attributes' ? enumerationOf(argType.table?.type?.summary) : undefined;
    out[name] = values ? { ...argType, control: { type: 'select' }, options: [...values] } : argType;
  }
  return out as T;
}
