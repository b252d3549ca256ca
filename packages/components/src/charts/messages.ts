import type { Catalog } from '@dossier/core';

/** Strings shared by every report widget. */
export const chartMessages = {
  en: {
    loading: 'Loading…',
    noData: 'No data to show.',
    error: 'The report could not be shown.',
    errorDetail: 'The report could not be shown: {message}',
    restricted: 'Restricted',
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
    error: '无法显示报表。',
    errorDetail: '无法显示报表：{message}',
    restricted: '无权查看',
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
  | 'loading'
  | 'noData'
  | 'error'
  | 'errorDetail'
  | 'restricted'
  | 'showTable'
  | 'hideTable'
  | 'notAvailable'
  | 'notAvailableSpoken'
  | 'sortAscending'
  | 'sortDescending'
  | 'sortBy'
  | 'total'
>;

/** A key of {@link chartMessages}. */
export type ChartMessage = keyof (typeof chartMessages)['en'];
