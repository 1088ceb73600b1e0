// Why a row, a file or a paste cannot be imported: the texts problemText.ts picks from, in both
// languages. Part of the import's dictionary (importText.ts spreads them in).
import type { Texts } from '../../core/text';

export const REFUSAL_EN = {
  // Why a row cannot be imported.
  dateMissing: 'No {column}',
  badDate: '{column} “{value}” is not a date (write YYYY-MM-DD)',
  endBeforeStart: 'The end date is before the start date',
  tooLong: '{days} days long: an imported event is at most {max} days',
  badDayOff: 'Day off “{value}” is neither yes nor no',
  summaryEmpty: 'No summary',
  summaryInvisible: 'The summary holds only spaces or invisible characters',
  summaryTooLong: 'The summary has {length} characters; at most {max}',
  descriptionTooLong: 'The description has {length} characters; at most {max}',
  controlCharacters: '{column} holds control characters',
  unclosedQuote: 'A quote opens here and never closes: the rest of the text fell into it',
  timedEvent: 'It has a time of day: the calendar holds whole days only',
  partialDay: 'A holiday of part of a day only: not a day off',
  cancelled: 'Cancelled in the calendar it comes from: not imported',
  groupHoliday: 'A holiday of some people only ({note}): not a day off for a team',
  recurrenceTooLong: 'A repeating event that takes too many steps to reach the year',
  recurrenceNeverFalls: 'A repeating event whose repetition never falls on a day (such as 30 February)',
  unreadableEvent: 'An event without a start, or with values that cannot be read',
  beforeFirstYear: 'Before {first}: the calendar holds dates from {first} on, so this row can be neither checked nor shown',
  yearNotChecked: 'Not checked: an import reads the calendar’s events of at most {max} years, and not those of {year}. Import the rows of {year} on their own',

  // Why a whole file or paste cannot be read.
  empty: 'Nothing to read: the text is empty.',
  missingColumns: 'The header line lacks the columns {columns}.',
  unreadColumn: '“{header}” (column {column})',
  unreadColumnNoHeader: 'column {column}, which has no header (a comma inside a cell needs the cell in quotes)',
  unreadColumns: {
    one: '{count} column is not read: {columns}. The import reads {known} only (named in either language).',
    other: '{count} columns are not read: {columns}. The import reads {known} only (named in either language).',
  },
  unreadableHeader: 'Column {column} of the header line, “{header}”, holds characters that could not be read (the file has bytes there that are not text), so which column it is cannot be told. Type that header again, or save the file as UTF-8 (Excel: “CSV UTF-8”), and choose it again.',
  tooManyRows: '{rows} rows: an import holds at most {max}.',
  notCalendar: 'This is not an iCalendar file, or it is broken.',
  notHolidayJson: 'This JSON is not in holiday-cn’s form (a list “days” of “name”, “date” and “isOffDay”), the one JSON the import reads. It also reads tables (CSV, TSV, TXT) and iCalendar (.ics) files.',
} as const;

export const REFUSAL_ZH: Texts<typeof REFUSAL_EN>['zh-CN'] = {
  dateMissing: '缺少{column}',
  badDate: '{column}“{value}”不是日期（请写作 YYYY-MM-DD）',
  endBeforeStart: '结束日期早于开始日期',
  tooLong: '长 {days} 天：导入的事件最长 {max} 天',
  badDayOff: '休息日“{value}”既不是“是”也不是“否”',
  summaryEmpty: '缺少名称',
  summaryInvisible: '名称只有空格或不可见字符',
  summaryTooLong: '名称有 {length} 个字符，最多 {max} 个',
  descriptionTooLong: '描述有 {length} 个字符，最多 {max} 个',
  controlCharacters: '{column}含有控制字符',
  unclosedQuote: '此处的引号没有闭合：其后的文字都落入其中',
  timedEvent: '带有具体时间：日历只记录整天',
  partialDay: '只放半天的节日：不算休息日',
  cancelled: '来源日历中已取消：不导入',
  groupHoliday: '只针对部分人群的节日（{note}）：对团队不算休息日',
  recurrenceTooLong: '重复事件需要展开的次数过多，无法推算到该年',
  recurrenceNeverFalls: '重复事件的重复规则不会落在任何一天（如 2 月 30 日）',
  unreadableEvent: '事件缺少开始日期，或其内容无法读取',
  beforeFirstYear: '早于 {first} 年：日历只记录 {first} 年及以后的日期，这一行既无法核对，也无法显示',
  yearNotChecked: '未核对：一次导入最多读取 {max} 个年份的日历事件，未读取 {year} 年的事件。请单独导入 {year} 年的行',

  empty: '没有可读取的内容：文本为空。',
  missingColumns: '表头缺少这些列：{columns}。',
  unreadColumn: '第 {column} 列“{header}”',
  unreadColumnNoHeader: '没有表头的第 {column} 列（单元格内含逗号时，须用引号括起该单元格）',
  unreadColumns: '有 {count} 列未读取：{columns}。导入只读取{known}这几列（表头用中文或英文均可）。',
  unreadableHeader: '表头第 {column} 列“{header}”中有无法识别的字符（文件在此处有不是文字的字节），无法判断这是哪一列。请重新输入该列名，或将文件另存为 UTF-8（Excel 中选“CSV UTF-8”）后重新选择。',
  tooManyRows: '共 {rows} 行：一次最多导入 {max} 行。',
  notCalendar: '这不是 iCalendar 文件，或文件已损坏。',
  notHolidayJson: '此 JSON 不是 holiday-cn 的格式（“days”列表，每项含“name”、“date”、“isOffDay”），导入只读取这一种 JSON；此外还可读取表格（CSV、TSV、TXT）和 iCalendar（.ics）文件。',
};
