import { resolveLocale, type Locale } from '@dossier/core';
import { storeError } from '../contract/index.js';
import type { StoreError } from '../contract/index.js';
import { statusOfErrorCode } from './wire.js';

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/**
 * A JSON response with the protocol's headers.
 *
 * @example
 * return jsonResponse(200, { items: [] });
 */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...jsonHeaders, ...headers } });
}

/**
 * The locale a request asks for: the first language of `Accept-Language` (by weight) that
 * Dossier speaks, else English.
 *
 * @example
 * localeOfRequest(new Request('http://x/', { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } })) // 'zh-CN'
 */
export function localeOfRequest(request: Request): Locale {
  const header = request.headers.get('accept-language') ?? '';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && (entry.tag.startsWith('zh') || entry.tag.startsWith('en')))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return resolveLocale(ranked[0]?.tag);
}

/**
 * A `StoreError` as the protocol answers it: `{ error }` with the code, the message in the
 * request's locale (`Accept-Language`) and the messages of every locale.
 *
 * @example
 * return storeErrorResponse(request, storeError('not-found', 'notFound', { kind: 'customer', id }));
 */
export function storeErrorResponse(request: Request, error: StoreError, status: number = statusOfErrorCode[error.code]): Response {
  const headers: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer realm="dossier"' } : {};
  return jsonResponse(status, { error: { ...error.toJSON(), message: error.localized(localeOfRequest(request)) } }, headers);
}

/**
 * HTTP 401 for an `authenticate` hook: "please sign in", in the request's locale and in every
 * locale, as the protocol's error body (the client reports it as `unauthenticated`).
 *
 * @example
 * authenticate: async (request) => (await sessions.find(request)) ?? unauthenticatedResponse(request)
 */
export function unauthenticatedResponse(request: Request): Response {
  return storeErrorResponse(request, storeError('unauthenticated', 'unauthenticated'));
}

/**
 * HTTP 403 for an `authenticate` hook: "not allowed", in the request's locale and in every
 * locale (the client reports it as `forbidden`).
 *
 * @example
 * if (!user.roles.includes('crm')) return forbiddenResponse(request);
 */
export function forbiddenResponse(request: Request): Response {
  return storeErrorResponse(request, storeError('forbidden', 'notAllowed'));
}
