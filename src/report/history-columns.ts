/** The columns `clustersync history` sorts by, apart from the history code, for its help text. */
export const historyColumns = [
  'status',
  'source',
  'commit',
  'started',
  'triggered-by'
] as const
export type HistoryColumn = (typeof historyColumns)[number]
