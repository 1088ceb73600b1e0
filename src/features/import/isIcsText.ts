/** Text that is an iCalendar file rather than a table (a paste is then read as the file would be). */
export const isIcsText = (text: string) => /^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''));
