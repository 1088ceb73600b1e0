// The texts of the lost-update check (an event or a calendar changed by someone else since it was
// opened), in both languages.
import { defineTexts, type Texts } from '../../core/text';

const en = {
  checking: 'Checking for changes by others…',
  title: 'Someone else changed this since you opened it',
  changedAt: 'Their version was saved {time}. Choose, field by field, which version to keep; nothing is saved until you do.',
  yours: 'Yours:',
  theirs: 'Theirs:',
  bothChanged: 'You both changed it',
  saveChoices: 'Save with these choices',
  keepMine: 'Keep all mine',
  takeTheirs: 'Take theirs (drop my edits)',
  empty: '(empty)',
  kindOff: 'Day off',
  kindWork: 'Working day',
  goneTitle: 'This event was deleted by someone else',
  goneText: 'Saving would fail: it no longer exists. Copy what you need, or start a new event with these values.',
  saveAsNew: 'Save as a new event',
  deleteChangedTitle: 'Changed since you opened it',
  deleteChangedText: 'Someone changed this event {time}: it is now “{summary}”, {range}. Delete it all the same?',
  sameDaysTitle: 'These days already have an event',
  sameDaysOff: { one: 'This calendar already has “{summary}” on exactly this day: {range} ({count} day), as a day off. Saving adds a second event on it.', other: 'This calendar already has “{summary}” on exactly these days: {range} ({count} days), as days off. Saving adds a second event on them.' },
  sameDaysWork: { one: 'This calendar already has “{summary}” on exactly this day: {range} ({count} day), as a working day. Saving adds a second event on it.', other: 'This calendar already has “{summary}” on exactly these days: {range} ({count} days), as working days. Saving adds a second event on them.' },
  openSameDays: 'Open “{summary}”',
  saveAnyway: 'Save anyway',
  undoFlipsOff: { one: 'Not restored yet: “{summary}” (event ID {id}), saved since, makes {range} ({count} day) a day off. Restore anyway turns it back into a working day: the event saved last decides.', other: 'Not restored yet: “{summary}” (event ID {id}), saved since, makes {range} ({count} days) days off. Restore anyway turns them back into working days: the event saved last decides.' },
  undoFlipsWork: { one: 'Not restored yet: “{summary}” (event ID {id}), saved since, makes {range} ({count} day) a working day. Restore anyway turns it back into a day off: the event saved last decides.', other: 'Not restored yet: “{summary}” (event ID {id}), saved since, makes {range} ({count} days) working days. Restore anyway turns them back into days off: the event saved last decides.' },
  restoreAnyway: 'Restore anyway',
} as const;

const zhCN: Texts<typeof en>['zh-CN'] = {
  checking: '正在检查他人的修改…',
  title: '在你打开之后，已有他人修改了此内容',
  changedAt: '对方的版本保存于 {time}。请逐项选择要保留的版本；选择之前不会保存任何内容。',
  yours: '你的：',
  theirs: '对方的：',
  bothChanged: '双方都修改了此项',
  saveChoices: '按所选保存',
  keepMine: '全部保留我的',
  takeTheirs: '采用对方的（放弃我的修改）',
  empty: '（空）',
  kindOff: '休息日',
  kindWork: '工作日',
  goneTitle: '此事件已被他人删除',
  goneText: '保存会失败：事件已不存在。请先复制需要的内容，或用这些值新建事件。',
  saveAsNew: '另存为新事件',
  deleteChangedTitle: '打开之后已被修改',
  deleteChangedText: '此事件已于 {time} 被他人修改：现在为“{summary}”，{range}。仍要删除吗？',
  sameDaysTitle: '这些日期已有事件',
  sameDaysOff: '本日历在相同日期（{range}，共 {count} 天）已有“{summary}”，为休息日。保存会在这些日期再添加一个事件。',
  sameDaysWork: '本日历在相同日期（{range}，共 {count} 天）已有“{summary}”，为工作日。保存会在这些日期再添加一个事件。',
  openSameDays: '打开“{summary}”',
  saveAnyway: '仍然保存',
  undoFlipsOff: '尚未恢复：此后保存的“{summary}”（事件 ID 为 {id}）已将{range}（共 {count} 天）设为休息日。仍然恢复会将这些日期重新设为工作日（以最后保存的事件为准）。',
  undoFlipsWork: '尚未恢复：此后保存的“{summary}”（事件 ID 为 {id}）已将{range}（共 {count} 天）设为工作日。仍然恢复会将这些日期重新设为休息日（以最后保存的事件为准）。',
  restoreAnyway: '仍然恢复',
};

export const CONFLICT_TEXTS = defineTexts('conflict', en, zhCN);

