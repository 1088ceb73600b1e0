// The words an export writes into its files (the days-of-year CSV's headers, states and reasons) and
// the Subscribe dialog's texts, in both languages. A file is written in the interface's language;
// the import reads the event CSV's headers and yes/no in either (columns.ts, cells.ts).
import { defineTexts, type Texts } from '../../core/text';

const en = {
  daysDate: 'Date',
  daysWeekday: 'Weekday',
  daysState: 'State',
  daysReason: 'Reason',
  stateWorking: 'working day',
  stateOff: 'day off',
  dayOffCellYes: 'yes',
  dayOffCellNo: 'no',
  reasonWorkday: 'Weekly working day',
  reasonWeeklyRest: 'Weekly rest day',
  reasonPublic: 'Public-holiday calendar: {summary}',
  reasonOwn: 'Event: {summary}',

  subscribe: 'Subscribe…',
  subscribeTitle: 'Subscribe in a calendar app',
  subscribeIntro:
    'Outlook, Google Calendar and Apple Calendar can show this calendar’s days off and working days, from last year to next year, and keep them up to date: add this address to them.',
  subscribeUrl: 'Subscription address',
  subscribeLoading: 'Getting the address…',
  subscribeFailed: 'The subscription address could not be made.',
  copy: 'Copy address',
  copyFailed: 'The browser did not allow copying: select the address and copy it.',
  howOutlook: 'Outlook: Calendar → Add calendar → Subscribe from web, paste the address, then Import.',
  howGoogle: 'Google Calendar (on a computer): beside “Other calendars” press + → From URL, paste the address, then Add calendar.',
  howApple: 'Apple Calendar: on a Mac, File → New Calendar Subscription; on an iPhone, Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar.',
  subscribeNote:
    'Anyone with the address can see the calendar’s days: share it like a password. Calendar apps fetch it again every few hours (Google up to a day). It stops working when the panel’s server changes its feed secret.',
} as const;

const zhCN: Texts<typeof en>['zh-CN'] = {
  daysDate: '日期',
  daysWeekday: '星期',
  daysState: '状态',
  daysReason: '原因',
  stateWorking: '工作日',
  stateOff: '休息日',
  dayOffCellYes: '是',
  dayOffCellNo: '否',
  reasonWorkday: '每周工作日',
  reasonWeeklyRest: '每周休息日',
  reasonPublic: '节假日：{summary}',
  reasonOwn: '事件：{summary}',

  subscribe: '订阅…',
  subscribeTitle: '在日历应用中订阅',
  subscribeIntro: 'Outlook、Google 日历和 Apple 日历可以显示本日历从去年到明年的休息日和工作日，并自动更新：把下面的地址添加到日历应用即可。',
  subscribeUrl: '订阅地址',
  subscribeLoading: '正在获取地址…',
  subscribeFailed: '无法生成订阅地址。',
  copy: '复制地址',
  copyFailed: '浏览器不允许复制：请选中地址后手动复制。',
  howOutlook: 'Outlook：日历 → 添加日历 → 从 Web 订阅，粘贴地址，然后点击“导入”。',
  howGoogle: 'Google 日历（电脑上）：点击“其他日历”旁的 + → 通过网址添加，粘贴地址，然后点击“添加日历”。',
  howApple: 'Apple 日历：Mac 上选择“文件”→“新建日历订阅”；iPhone 上依次进入“设置”→“日历”→“账户”→“添加账户”→“其他”→“添加已订阅的日历”。',
  subscribeNote: '知道此地址的人都能看到本日历的日期，请像密码一样妥善保管。日历应用每隔几小时重新获取一次（Google 最长一天）。面板服务器更换订阅密钥后，此地址失效。',
};

export const EXPORT_TEXTS = defineTexts('export', en, zhCN);
