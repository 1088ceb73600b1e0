import { describe, expect, it } from 'vitest';
import { columnOf, exportHeaders } from './columns';

describe('columnOf', () => {
  it('knows the form labels in both languages, in any case, with spaces around them', () => {
    expect(columnOf('Summary')).toBe('summary');
    expect(columnOf(' start DATE ')).toBe('startDate');
    expect(columnOf('END DATE')).toBe('endDate');
    expect(columnOf('day off')).toBe('dayOff');
    expect(columnOf('Description')).toBe('description');
    expect(columnOf('名称')).toBe('summary');
    expect(columnOf('开始日期')).toBe('startDate');
    expect(columnOf('结束日期')).toBe('endDate');
    expect(columnOf(' 休息日 ')).toBe('dayOff');
    expect(columnOf('描述')).toBe('description');
  });

  it('knows no other column', () => {
    expect(columnOf('Notes')).toBeUndefined();
    expect(columnOf('')).toBeUndefined();
  });

  it('names the export headers as the form does in the interface language, and reads them back', () => {
    expect(exportHeaders('en')).toEqual(['Summary', 'Start date', 'End date', 'Day off', 'Description']);
    expect(exportHeaders('zh-CN')).toEqual(['名称', '开始日期', '结束日期', '休息日', '描述']);
    expect(exportHeaders('zh-CN').map(columnOf)).toEqual(['summary', 'startDate', 'endDate', 'dayOff', 'description']);
  });
});
