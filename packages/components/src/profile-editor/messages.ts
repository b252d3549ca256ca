import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Personal profile of {name}',
  unnamed: 'this contact',
  empty: 'No contact selected.',
  loading: 'Loading the profile…',
  loadError: 'The profile could not be loaded: {message}',
  notFound: 'No contact with id {id}.',
  noStore: 'There is no store to load the contact from.',
  restricted: 'Your role may not see this person’s profile.',
  readOnly: 'Your role may read this profile but not change it.',
  sensitivity: 'Sensitivity: {level}',
  sealed: 'Sealed: stored encrypted by a privacy store, shown only to who may read it',
  sealedShort: 'sealed',
  tagsHint: 'Separate items with commas or 、',
  addChild: 'Add a child',
  removeChild: 'Remove child {n}',
  child: 'Child {n}',
  save: 'Save profile',
  saving: 'Saving…',
  saved: 'Profile saved.',
  invalid: 'Not saved: please correct the fields marked.',
  conflict: 'Not saved: someone changed this contact meanwhile. Reload it and enter your changes again.',
  saveError: 'Not saved: {message}',
};

/** Strings of `<dossier-profile-editor>`. */
export const messages = defineCatalog(en, {
  title: '{name}的个人资料',
  unnamed: '该联系人',
  empty: '未选择联系人。',
  loading: '正在加载个人资料…',
  loadError: '无法加载个人资料：{message}',
  notFound: '找不到编号为 {id} 的联系人。',
  noStore: '没有可读取联系人的存储。',
  restricted: '您的角色无权查看此人的个人资料。',
  readOnly: '您的角色可以查看但不能修改此个人资料。',
  sensitivity: '保密级别：{level}',
  sealed: '加密保存：由隐私存储加密，仅有权限者可见',
  sealedShort: '加密',
  tagsHint: '多项之间用逗号或顿号（、）分隔',
  addChild: '添加子女',
  removeChild: '删除第 {n} 个子女',
  child: '子女 {n}',
  save: '保存个人资料',
  saving: '正在保存…',
  saved: '个人资料已保存。',
  invalid: '未保存：请更正标出的字段。',
  conflict: '未保存：该联系人刚被他人修改。请重新加载后再输入您的修改。',
  saveError: '未保存：{message}',
});

/** A key of {@link messages}. */
export type ProfileEditorMessage = keyof typeof en;
