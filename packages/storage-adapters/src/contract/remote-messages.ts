import type { Catalog } from '@dossier/core';

// The store's messages only a store behind a server (the HTTP client and handler) or the privacy
// store gives: sign-in, rights, a refused request, a server fault. Internal: the public catalogue
// is `storeMessages` (./messages.ts); kept apart from ./adapter-messages.ts so that a page on a
// local adapter (IndexedDB, memory) does not carry them.

/** Keys of the messages of the HTTP client and handler and of the privacy store. */
export type RemoteMessageKey =
  | 'forbidden'
  | 'unavailableHttp'
  | 'unauthenticated'
  | 'notAllowed'
  | 'serverFault'
  | 'tooLarge'
  | 'tooDeep'
  | 'refusedValue'
  | 'methodNotAllowed'
  | 'storageDown'
  | 'issueIdNotUrl'
  | 'issueSealed';

/** The messages of the HTTP client and handler and of the privacy store, in every locale. */
export const remoteMessages: Catalog<RemoteMessageKey> = {
  en: {
    forbidden:
      'You may not change {fields} of the {kind} record "{id}" (your role {role} lacks the write right for them). Nothing was saved: leave these fields as they are, or ask someone with the right to change them.',
    unavailableHttp: 'The archive server at {url} did not answer ({reason}). Nothing was changed; check the connection and try again.',
    unauthenticated: 'Please sign in: the archive server does not know who you are. Sign in and try again.',
    notAllowed: 'Not allowed: your account may not use this part of the archive. Ask an administrator if you need it.',
    serverFault: 'The archive server failed to answer (an error on the server). Nothing was changed; try again later, or tell your administrator.',
    tooLarge: 'The request is too large (more than {limit} bytes). Nothing was changed; send less at a time.',
    tooDeep: 'The request is nested more than {limit} levels deep. Nothing was changed; send flatter records.',
    refusedValue: 'The archive storage refused a value of the {kind} record "{id}" (a number out of range or a character it cannot store). Nothing was changed; correct the value and try again.',
    methodNotAllowed: '{method} is not allowed on {path}.',
    storageDown: 'The archive storage is not available right now. Nothing was changed; try again in a moment.',
    issueIdNotUrl: 'the id in the body, "{bodyId}", is not the id in the address: send the same id in both',
    issueSealed: '{field} holds a sealed value, which cannot be written: send the plain value',
  },
  'zh-CN': {
    forbidden: '你无权修改{kind}记录“{id}”的 {fields}（你的角色 {role} 没有这些字段的写权限）。本次未保存：请保持这些字段不变，或请有权限的人修改。',
    unavailableHttp: '档案服务器 {url} 无响应（{reason}）。未做任何修改；请检查网络连接后重试。',
    unauthenticated: '请登录：档案服务器无法确认你的身份。请登录后重试。',
    notAllowed: '无权访问：你的账号不能使用档案的这一部分。如有需要，请联系管理员。',
    serverFault: '档案服务器未能响应（服务器出错）。未做任何修改；请稍后重试，或告知管理员。',
    tooLarge: '请求过大（超过 {limit} 字节）。未做任何修改；请分批发送。',
    tooDeep: '请求的嵌套超过 {limit} 层。未做任何修改；请发送层级更浅的记录。',
    refusedValue: '档案存储拒绝了{kind}记录“{id}”中的一个值（数字超出范围，或含有无法存储的字符）。未做任何修改；请更正后重试。',
    methodNotAllowed: '{path} 不支持 {method} 请求。',
    storageDown: '档案存储暂时不可用。未做任何修改；请稍后重试。',
    issueIdNotUrl: '请求内容中的编号“{bodyId}”与地址中的编号不一致，请在两处使用同一编号',
    issueSealed: '{field}是加密后的值，不能写入，请发送原值',
  },
};
