import type { Catalog } from '@dossier/core';

/** Strings shared by every report widget. */
export const chartMessages = {
  en: {
    loading: 'Loading…',
    noData: 'No data to show.',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    notAvailable: '—',
    notAvailableSpoken: 'not available',
    sortAscending: 'sorted ascending',
    sortDescending: 'sorted descending',
    sortBy: 'Sort by {column}',
    total: 'Total',
  },
  'zh-CN': {
    loading: '加载中…',
    noData: '暂无数据。',
    showTable: '显示数据表',
    hideTable: '隐藏数据表',
    notAvailable: '—',
    notAvailableSpoken: '无数据',
    sortAscending: '升序',
    sortDescending: '降序',
    sortBy: '按{column}排序',
    total: '合计',
  },
} satisfies Catalog<
  'loading' | 'noData' | 'showTable' | 'hideTable' | 'notAvailable' | 'notAvailableSpoken' | 'sortAscending' | 'sortDescending' | 'sortBy' | 'total'
>;

/** A key of {@link chartMessages}. */
export type ChartMessage = keyof (typeof chartMessages)['en'];
