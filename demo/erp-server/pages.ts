// The reference server's two pages, in English and Chinese: the sign-in form, and the archive
// (Dossier's elements over the HTTP store, signed in by the session cookie).
import type { Locale } from '@dossier/core';
import type { ErpUser } from './users.ts';

const texts = {
  en: {
    title: 'Customer archive',
    signInTitle: 'Sign in',
    login: 'User name',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    failed: 'Wrong user name or password.',
    signedInAs: 'Signed in as',
  },
  'zh-CN': {
    title: '客户档案',
    signInTitle: '登录',
    login: '用户名',
    password: '密码',
    signIn: '登录',
    signOut: '退出登录',
    failed: '用户名或密码错误。',
    signedInAs: '当前用户',
  },
} satisfies Record<Locale, Record<string, string>>;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:1.5rem}main{display:grid;grid-template-columns:minmax(20rem,1fr) minmax(20rem,1fr);gap:1rem}header{display:flex;gap:1rem;align-items:center}form.login{display:grid;gap:.5rem;max-width:20rem}</style>
</head>
<body>${body}</body>
</html>`;
}

/** The sign-in form; `failed` after a wrong password. */
export function signInPage(locale: Locale, failed: boolean): string {
  const t = texts[locale];
  return page(
    locale,
    t.signInTitle,
    `<h1>${t.signInTitle}</h1>
${failed ? `<p role="alert">${t.failed}</p>` : ''}
<form class="login" method="post" action="/login">
  <label>${t.login} <input name="login" autocomplete="username" required></label>
  <label>${t.password} <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">${t.signIn}</button>
</form>`,
  );
}

/**
 * The archive: a customer list and a card. The store is the HTTP store on `/api/dossier`
 * (the browser sends the session cookie); the viewer tells the elements what to show as
 * hidden, the server decides what is sent. A 401 (the session ended) sends the page to sign in.
 */
export function archivePage(locale: Locale, user: ErpUser): string {
  const t = texts[locale];
  const me = JSON.stringify({ id: user.id, roleId: user.roleId }).replaceAll('<', '\\u003c');
  return page(
    locale,
    t.title,
    `<header><h1>${t.title}</h1><span>${t.signedInAs}: <strong id="user">${escape(user.name)}</strong></span>
<form method="post" action="/logout"><button type="submit">${t.signOut}</button></form></header>
<dossier-provider locale="${locale}">
  <main><dossier-customer-list></dossier-customer-list><dossier-customer-card></dossier-customer-card></main>
</dossier-provider>
<script type="module">
  import { createHttpStore, defaultRoles, dossierKinds } from '/assets/dossier.bundle.js';
  const me = ${me};
  const provider = document.querySelector('dossier-provider');
  provider.store = createHttpStore({ baseUrl: '/api/dossier', kinds: dossierKinds() });
  provider.viewer = { userId: me.id, role: defaultRoles[me.roleId] };
  // Every element whose store call meets the ended session fires this; go to sign in once,
  // or each later assign aborts the navigation before it.
  document.addEventListener('dossier-unauthenticated', () => location.assign('/login'), { once: true });
  document.querySelector('dossier-customer-list').addEventListener('dossier-select', (event) => {
    document.querySelector('dossier-customer-card').customerId = event.detail.customerId;
  });
</script>`,
  );
}
