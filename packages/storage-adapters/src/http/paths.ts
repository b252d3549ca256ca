/**
 * Encodes a record id as one URL path segment. Ids made only of dots would be read as `.`/`..`
 * path segments (the URL standard resolves even `%2E`), so they — and ids that begin with `~` —
 * are sent with a leading `~`.
 *
 * @example
 * idToSegment('客户/1') // '%E5%AE%A2%E6%88%B7%2F1'
 * idToSegment('..') // '~..'
 */
export function idToSegment(id: string): string {
  const escaped = id.startsWith('~') || /^\.+$/.test(id) ? `~${id}` : id;
  return encodeURIComponent(escaped);
}

/**
 * Decodes a path segment made by `idToSegment`.
 *
 * @example
 * segmentToId('~..') // '..'
 */
export function segmentToId(segment: string): string {
  const decoded = decodeURIComponent(segment);
  return decoded.startsWith('~') ? decoded.slice(1) : decoded;
}
