import { customerFieldsByKind, customerGroupLabelsByKind, customerKinds, recordFields, type Locale, type LocalizedText } from '@dossier/core';

/** A field a column can be mapped to: the record path, and what a person reads. */
export interface TargetOption {
  value: string;
  label: string;
}

let customerGroups: Map<string, LocalizedText> | undefined;

/** The group of every grouped customer field ("所有者" for `owner.name`), as the form heads it. */
function customerGroupLabels(): Map<string, LocalizedText> {
  if (!customerGroups) {
    customerGroups = new Map();
    // From core's catalogue data, not the form's fields (which read the zod schemas): the history
    // lists a created record's fields with these labels and stays free of zod.
    for (const kind of customerKinds) {
      for (const { path } of customerFieldsByKind[kind]) {
        const label = customerGroupLabelsByKind[kind][path.split(/[.[]/)[0]!];
        if (label) customerGroups.set(path, label);
      }
    }
  }
  return customerGroups;
}

/**
 * The fields of a record kind as mapping choices, by their labels only (never a path): a label
 * that several fields share is told apart by its group ("经营管理者 · 姓名"), else by a number.
 *
 * @example
 * targetOptions('customer', 'zh-CN').find((o) => o.value === 'name.zh')?.label // '中文名称'
 */
export function targetOptions(kind: 'customer' | 'contact' | 'transaction', locale: Locale): TargetOption[] {
  const entries = recordFields[kind];
  const uses = new Map<string, number>();
  for (const entry of entries) uses.set(entry.label[locale], (uses.get(entry.label[locale]) ?? 0) + 1);
  const groups = kind === 'customer' ? customerGroupLabels() : new Map<string, LocalizedText>();
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const label = entry.label[locale];
    const value = entry.path.replace(/\[\]/g, '[0]');
    if (uses.get(label) === 1) return { value, label };
    const group = groups.get(entry.path)?.[locale];
    if (group) return { value, label: `${group} · ${label}` };
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return { value, label: `${label} ${n}` };
  });
}
