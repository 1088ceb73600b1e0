// The texts of the tick bar's answers to Tick all and the kind buttons: how many rows the preview
// leaves unticked for a reason that a button did not tick, or did. Part of the import's dictionary
// (importText.ts spreads them in).
import type { Texts } from '../../core/text';

export const TICK_EN = {
  tickKindHeld: {
    one: '{count} row of this kind stays unticked for the reason shown in it (such as a festival the file does not mark as a day off, a date that changes every year, already so, or already in the calendar under another name): tick it by hand if it is wanted.',
    other: '{count} rows of this kind stay unticked for the reason shown in each (such as festivals the file does not mark as days off, dates that change every year, already so, or already in the calendar under another name): tick them one by one if they are wanted.',
  },
  tickAllHeld: {
    one: 'All rows are ticked, including {count} that the preview leaves unticked for the reason shown in it: check it before importing.',
    other: 'All rows are ticked, including {count} that the preview leaves unticked for the reason shown in each: check them before importing.',
  },
} as const;

export const TICK_ZH: Texts<typeof TICK_EN>['zh-CN'] = {
  tickKindHeld: '此类中有 {count} 行未勾选，原因见各行（如文件未标为休息日的节日、日期每年不同、已是如此、已以其他名称在日历中）：如需导入，请逐行勾选。',
  tickAllHeld: '已全部勾选，其中 {count} 行默认不勾选，原因见各行：导入前请逐行核对。',
};
