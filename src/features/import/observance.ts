// An observance of a Google Calendar holiday feed (植树节, 教师节, 平安夜, Groundhog Day): a day the
// feed lists but nobody has off. Google writes the event's kind on the description's first line,
// in the feed's language: a public holiday "公众假期" / "Public holiday", an observance "纪念日"
// (zh-CN), "紀念日" (zh-TW), "Observance", "祭日" (ja), "Celebración" (es, with the region after
// it), followed on the next line by how to hide observances ("To hide observances, go to Google
// Calendar Settings > Holidays in China"). That hint, which names Google and a settings path with
// ">", marks an observance in any other language too. The import leaves such a row unticked.

const OBSERVANCE_LABEL = /^(?:纪念日|紀念日|祭日|Observance|Celebración)(?:\s.*)?$/i;
const HIDING_HINT = /Google.*>/;

/** The feed's word for an observance (its description's first line), when the description marks the event as one. */
export function observanceOf(description: string): string | undefined {
  const [first = '', ...rest] = description.split(/\r\n|\n|\r/);
  const label = first.trim();
  if (label === '') return undefined;
  return OBSERVANCE_LABEL.test(label) || rest.some((line) => HIDING_HINT.test(line)) ? label : undefined;
}
