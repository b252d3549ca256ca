import { canRead, type FieldRule, type Viewer } from '@dossier/core';

/**
 * The viewer assumed when none is given: reads public, level-1 information only, so that a
 * forgotten provider shows less, never more.
 *
 * @example
 * canRead(anonymousViewer, { sensitivity: 'internal', level: 1 }) // false (core's canRead)
 */
export const anonymousViewer: Viewer = /* @__PURE__ */ Object.freeze({
  userId: 'anonymous',
  role: Object.freeze({
    id: 'anonymous',
    label: Object.freeze({ en: 'Anonymous', 'zh-CN': '匿名' }),
    read: Object.freeze(['public'] as const),
    write: Object.freeze([] as const),
    informationLevels: Object.freeze([1] as const),
  }),
});

/**
 * Whether a viewer (or, when there is none, {@link anonymousViewer}) may read a field. Elements
 * decide with this *before* rendering, so a value the viewer may not read never reaches the DOM.
 *
 * @example
 * mayRead(undefined, { sensitivity: 'confidential', level: 1 }) // false
 */
export function mayRead(
  viewer: Viewer | undefined,
  field: Pick<FieldRule, 'sensitivity' | 'level'>,
  context: { ownerId?: string | undefined } = {},
): boolean {
  return canRead(viewer ?? anonymousViewer, field, context);
}
