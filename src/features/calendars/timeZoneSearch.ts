// Searching the time zone list as a scheduler types: a city or a country in English or Chinese
// (上海, 北京, Beijing, 中国), or an offset in any common form (UTC+8, GMT+8, +8, +08, +08:00, +5:30).
import type { TimeZoneOption } from './timeZones';
import { regionName } from '../../core/regionName';

/** A zone's country (ISO 3166 code, named through Intl.DisplayNames) and the names people search for. */
interface ZonePlace {
  country: string;
  /** Cities and other names, in any language, beside the zone's own city. */
  names: readonly string[];
}

/** The common zones. A zone not here is still found by its name and its offset. */
const PLACES: Readonly<Record<string, ZonePlace>> = {
  'Asia/Shanghai': { country: 'CN', names: ['上海', '北京', 'Beijing', '深圳', 'Shenzhen', '广州', 'Guangzhou', '杭州', 'Hangzhou', '成都', 'Chengdu', '北京时间', 'China Standard Time', 'CST'] },
  'Asia/Urumqi': { country: 'CN', names: ['乌鲁木齐'] },
  'Asia/Hong_Kong': { country: 'HK', names: ['香港'] },
  'Asia/Macau': { country: 'MO', names: ['澳门'] },
  'Asia/Taipei': { country: 'TW', names: ['台北'] },
  'Asia/Tokyo': { country: 'JP', names: ['东京', 'JST'] },
  'Asia/Seoul': { country: 'KR', names: ['首尔'] },
  'Asia/Singapore': { country: 'SG', names: ['新加坡'] },
  'Asia/Kuala_Lumpur': { country: 'MY', names: ['吉隆坡'] },
  'Asia/Bangkok': { country: 'TH', names: ['曼谷'] },
  'Asia/Ho_Chi_Minh': { country: 'VN', names: ['胡志明市', 'Saigon', 'Hanoi', '河内'] },
  'Asia/Jakarta': { country: 'ID', names: ['雅加达'] },
  'Asia/Manila': { country: 'PH', names: ['马尼拉'] },
  'Asia/Kolkata': { country: 'IN', names: ['加尔各答', 'Mumbai', '孟买', 'New Delhi', '新德里', 'Bangalore', '班加罗尔', 'IST'] },
  // Older ICU (Node, some Chromium builds) lists India, Vietnam and Nepal under their old names.
  'Asia/Calcutta': { country: 'IN', names: ['Kolkata', '加尔各答', 'Mumbai', '孟买', 'New Delhi', '新德里', 'Bangalore', '班加罗尔', 'IST'] },
  'Asia/Saigon': { country: 'VN', names: ['Ho Chi Minh', '胡志明市', 'Hanoi', '河内'] },
  'Asia/Dubai': { country: 'AE', names: ['迪拜'] },
  'Asia/Riyadh': { country: 'SA', names: ['利雅得'] },
  'Europe/London': { country: 'GB', names: ['伦敦'] },
  'Europe/Dublin': { country: 'IE', names: ['都柏林'] },
  'Europe/Paris': { country: 'FR', names: ['巴黎'] },
  'Europe/Berlin': { country: 'DE', names: ['柏林', 'Frankfurt', '法兰克福', 'Munich', '慕尼黑'] },
  'Europe/Amsterdam': { country: 'NL', names: ['阿姆斯特丹'] },
  'Europe/Madrid': { country: 'ES', names: ['马德里'] },
  'Europe/Rome': { country: 'IT', names: ['罗马', 'Milan', '米兰'] },
  'Europe/Zurich': { country: 'CH', names: ['苏黎世'] },
  'Europe/Moscow': { country: 'RU', names: ['莫斯科'] },
  'Europe/Istanbul': { country: 'TR', names: ['伊斯坦布尔'] },
  'America/New_York': { country: 'US', names: ['纽约', 'Eastern Time', 'Washington', '华盛顿'] },
  'America/Chicago': { country: 'US', names: ['芝加哥', 'Central Time'] },
  'America/Denver': { country: 'US', names: ['丹佛', 'Mountain Time'] },
  'America/Los_Angeles': { country: 'US', names: ['洛杉矶', 'San Francisco', '旧金山', 'Seattle', '西雅图', 'Pacific Time'] },
  'America/Toronto': { country: 'CA', names: ['多伦多'] },
  'America/Vancouver': { country: 'CA', names: ['温哥华'] },
  'America/Mexico_City': { country: 'MX', names: ['墨西哥城'] },
  'America/Sao_Paulo': { country: 'BR', names: ['圣保罗'] },
  'Australia/Sydney': { country: 'AU', names: ['悉尼'] },
  'Australia/Melbourne': { country: 'AU', names: ['墨尔本'] },
  'Pacific/Auckland': { country: 'NZ', names: ['奥克兰'] },
  'Africa/Johannesburg': { country: 'ZA', names: ['约翰内斯堡'] },
  'Africa/Cairo': { country: 'EG', names: ['开罗'] },
  UTC: { country: '', names: ['协调世界时', 'GMT', 'Greenwich'] },
};

/** "China 中国": a country's name in both languages. */
function countryOf(code: string): string {
  if (!code) return '';
  return `${regionName(code, 'en') ?? ''} ${regionName(code, 'zh-CN') ?? ''}`;
}

const keywordCache = new Map<string, string>();

/** Everything a zone is found by, lower case: its name with spaces for "_", its label, its places. */
export function timeZoneKeywords(option: TimeZoneOption): string {
  let keywords = keywordCache.get(option.label);
  if (keywords === undefined) {
    const place = PLACES[option.value];
    keywords = [option.value.replaceAll('_', ' '), option.label, ...(place?.names ?? []), countryOf(place?.country ?? '')].join(' ').toLowerCase();
    keywordCache.set(option.label, keywords);
  }
  return keywords;
}

/**
 * "+08:00" for "UTC+8", "GMT+8", "+8", "+08", "+0800", "UTC+08:00"; "−05:30" for "-5:30"; "+00:00" for
 * "UTC+0". Undefined when the search is not an offset.
 */
export function parseOffset(search: string): string | undefined {
  const match = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(search.trim());
  if (!match) return undefined;
  const [, sign, hours, minutes = '00'] = match;
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return `${sign === '+' ? '+' : '−'}${hours!.padStart(2, '0')}:${minutes}`;
}

/** The zones a search finds: by offset when it is one, else by every word of it in a zone's keywords. */
export function searchTimeZones<T extends TimeZoneOption>(options: readonly T[], search: string, keywords: (option: T) => string = timeZoneKeywords): T[] {
  const query = search.trim().toLowerCase();
  if (!query) return [...options];
  const offset = parseOffset(query);
  if (offset) {
    // "UTC−08:00" in the label; a zero offset is "+00:00" whichever sign was typed.
    const wanted = offset.replace(/^−00:00$/, '+00:00');
    return options.filter((o) => o.label.includes(`UTC${wanted})`));
  }
  const words = query.replaceAll('_', ' ').split(/\s+/);
  return options.filter((o) => {
    const haystack = keywords(o);
    return words.every((word) => haystack.includes(word));
  });
}
