// The reference server's own sign-in: a users table (scrypt password hashes, a role per user)
// and a sessions table behind an HttpOnly cookie. Dossier only ever sees the viewer this
// module derives from the cookie.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { StoreViewer } from '@dossier/storage-adapters';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

/** What the users and sessions need of a database: one statement with parameters at a time. */
export interface Sql {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

/** A user of the back office, as the page may know it. */
export interface ErpUser {
  id: string;
  name: string;
  roleId: string;
}

/** A user to create when the table is empty (the server's first start). */
export interface SeedUser extends ErpUser {
  login: string;
  password: string;
}

const sessionHours = 8;
export const sessionCookie = 'erp_sid';

async function hash(password: string, salt: Buffer): Promise<Buffer> {
  return scrypt(password, salt, 32);
}

/**
 * The users and sessions of the back office, in `schema` (created when missing).
 *
 * @example
 * const users = await createUsers(pool, 'erp', [{ id: 'M001', login: 'manager', password: '…', name: '王经理', roleId: 'sales-manager' }]);
 */
export async function createUsers(sql: Sql, schema: string, seed: readonly SeedUser[]) {
  const s = `"${schema.replaceAll('"', '""')}"`;
  await sql.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
  await sql.query(`CREATE TABLE IF NOT EXISTS ${s}.users (
    id text PRIMARY KEY, login text UNIQUE NOT NULL, name text NOT NULL, role_id text NOT NULL,
    salt bytea NOT NULL, password_hash bytea NOT NULL)`);
  await sql.query(`CREATE TABLE IF NOT EXISTS ${s}.sessions (
    token text PRIMARY KEY, user_id text NOT NULL REFERENCES ${s}.users(id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL)`);
  const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.users`);
  if ((rows[0]?.n ?? 0) === 0) {
    for (const user of seed) {
      const salt = randomBytes(16);
      await sql.query(`INSERT INTO ${s}.users (id, login, name, role_id, salt, password_hash) VALUES ($1, $2, $3, $4, $5, $6)`, [
        user.id,
        user.login,
        user.name,
        user.roleId,
        salt,
        await hash(user.password, salt),
      ]);
    }
  }

  return {
    /** Checks a login and password; opens a session and returns its token, or undefined. */
    async signIn(login: string, password: string): Promise<string | undefined> {
      const found = await sql.query<{ id: string; salt: Buffer; password_hash: Buffer }>(`SELECT id, salt, password_hash FROM ${s}.users WHERE login = $1`, [login]);
      const user = found.rows[0];
      // Hash even for an unknown login, so that the answer takes as long either way.
      const expected = user ? Buffer.from(user.password_hash) : randomBytes(32);
      const given = await hash(password, user ? Buffer.from(user.salt) : randomBytes(16));
      if (!user || !timingSafeEqual(expected, given)) return undefined;
      const token = randomBytes(32).toString('base64url');
      await sql.query(`INSERT INTO ${s}.sessions (token, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [token, user.id, sessionHours]);
      return token;
    },

    /** The user of a live session, or undefined. */
    async userOf(token: string | undefined): Promise<ErpUser | undefined> {
      if (!token) return undefined;
      const { rows } = await sql.query<{ id: string; name: string; role_id: string }>(
        `SELECT u.id, u.name, u.role_id FROM ${s}.sessions se JOIN ${s}.users u ON u.id = se.user_id WHERE se.token = $1 AND se.expires_at > now()`,
        [token],
      );
      const row = rows[0];
      return row ? { id: row.id, name: row.name, roleId: row.role_id } : undefined;
    },

    /** Ends a session. */
    async signOut(token: string | undefined): Promise<void> {
      if (token) await sql.query(`DELETE FROM ${s}.sessions WHERE token = $1`, [token]);
    },
  };
}

/** The users module's API. */
export type Users = Awaited<ReturnType<typeof createUsers>>;

/** The session token a request's cookie carries, if any. */
export function sessionOf(cookieHeader: string | null | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookie) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The `Set-Cookie` of a new session (or, without a token, of its removal). */
export function sessionSetCookie(token: string | undefined, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  return token ? [`${sessionCookie}=${token}`, `Max-Age=${sessionHours * 3600}`, ...attributes].join('; ') : [`${sessionCookie}=`, 'Max-Age=0', ...attributes].join('; ');
}

/** The viewer Dossier runs a user's requests as. */
export function viewerOf(user: ErpUser): StoreViewer {
  return { userId: user.id, role: { id: user.roleId } };
}
