// date-holidays' data as the package exports it (`date-holidays/data`, the module its Holidays
// reads), typed for the part read here: each country's time zones.
declare module 'date-holidays/data' {
  export const data: { holidays: Record<string, { zones?: string[] }> };
}
