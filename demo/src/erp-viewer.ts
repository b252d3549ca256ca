/**
 * The header in which the ERP page names who is looking: the demo's stand-in for a sign-in (its
 * server maps it to a viewer, see server/erp-api.ts). A real server takes the viewer from its own
 * session check, never from a header the client chooses.
 */
export const erpViewerHeader = 'x-dossier-demo-viewer';
