// The texts of the workspace's first screen (WorkspaceShell.tsx), which the page paints from its HTML
// before the workspace's code has loaded: they are in the first chunk. The workspace's dictionary
// (workspaceText.ts) includes them.
import { defineTexts, type Texts } from '../../core/text';

const en = {
  timeZone: 'Time zone',
  workingDays: 'Working days',
  publicHolidays: 'Public holidays',
  gridHelp: 'Click a day or drag across days to add an event for them; click an event’s day to edit it.',
  gridKeys: 'Keyboard: arrow keys move, Enter or Space selects, Shift+Enter extends the selection.',
  gridHelpTouch: 'Tap a day to add an event for it; tap an event’s day to edit it.',
} as const;

const zhCN: Texts<typeof en>['zh-CN'] = {
  timeZone: '时区',
  workingDays: '每周工作日',
  publicHolidays: '关联节假日',
  gridHelp: '点击日期或拖动选择多天即可添加事件，点击已有事件的日期可编辑。',
  gridKeys: '键盘：方向键移动，Enter 或空格选择，Shift+Enter 扩展选择。',
  gridHelpTouch: '点按日期即可添加事件，点按已有事件的日期可编辑。',
};

export const SHELL_TEXTS = defineTexts('shell', en, zhCN);
