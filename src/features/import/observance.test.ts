import { describe, expect, it } from 'vitest';
import { observanceOf } from './observance';

// Google Calendar's holiday feeds say on the description's first line whether an event is a public
// holiday or an observance; an observance's second line says how to hide them.
describe('observanceOf: Google’s marking of an observance, in the feed’s language', () => {
  it.each([
    ['纪念日\n如需隐藏纪念日，请前往 Google 日历设置 > 中国的节假日', '纪念日'],
    ['紀念日\n如要隱藏紀念日，請前往 Google 日曆設定 > 台灣的節慶假日', '紀念日'],
    ['Observance\nTo hide observances, go to Google Calendar Settings > Holidays in China', 'Observance'],
    ['Observance', 'Observance'],
    ['祭日\n祭日を非表示にするには、Google カレンダーの [設定] > [日本の祝日] に移動してください', '祭日'],
    ['Celebración en Madrid\nPara ocultar las celebraciones, ve a Configuración en Google Calendar > Festivos en España', 'Celebración en Madrid'],
    // Another language's words: Google's hint to hide them (its settings' path) still says it.
    ['Gedenktag\nUm Gedenktage auszublenden, gehe zu den Google Kalender-Einstellungen > Feiertage in Deutschland', 'Gedenktag'],
  ])('%j is an observance (%s)', (description, word) => {
    expect(observanceOf(description)).toBe(word);
  });

  it.each(['公众假期', '公眾假期', 'Public holiday', 'Public holiday in England, Wales, Northern Ireland', 'Public holiday\nThis is a half-day holiday.', '', '纪念日活动，全员放假', '班', '公司成立纪念日\n全员休息'])(
    '%j is not',
    (description) => expect(observanceOf(description)).toBeUndefined(),
  );
});
