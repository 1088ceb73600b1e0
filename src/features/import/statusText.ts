// The texts of a preview row already in the calendar under another name (PreviewStatus): its days
// and kind are one of the calendar's own events, or lie within them. Part of the import's dictionary
// (importText.ts spreads them in).
import type { Texts } from '../../core/text';

export const STATUS_EN = {
  statusSameDays: 'Already in the calendar as “{summary}”',
  statusWithin: 'Already in the calendar, within “{summaries}”',
} as const;

export const STATUS_ZH: Texts<typeof STATUS_EN>['zh-CN'] = {
  statusSameDays: '已在日历中，名为“{summary}”',
  statusWithin: '已在日历中，包含在“{summaries}”之内',
};
