import { describe, expect, it } from 'vitest';
import { parsePortalTheme, portalColorScheme, portalThemeOverride } from './portalTheme';

describe('a portal’s look', () => {
  it('takes the valid fields of a message or of the URL', () => {
    expect(parsePortalTheme({ type: 'calendar-panel:set-theme', theme: 'dark', primary: '#0B7285', radius: 'sm' })).toEqual({ theme: 'dark', primary: '#0B7285', radius: 'sm' });
    expect(parsePortalTheme(new URLSearchParams('embed=1&theme=auto&primary=teal&radius=12'))).toEqual({ theme: 'auto', primary: 'teal', radius: 12 });
    expect(parsePortalTheme({ primary: '#abc', radius: 0 })).toEqual({ primary: '#abc', radius: 0 });
  });

  it('leaves out each field that is not one of its values, keeping the others', () => {
    expect(
      parsePortalTheme({ theme: 'purple', primary: 'red; } body { display: none', radius: '1e3' }),
    ).toEqual({});
    for (const primary of ['#12345', '#1234567', 'rgb(0,0,0)', 'url(x)', 'var(--x)', 'Teal', 'portal', '', 7]) {
      expect(parsePortalTheme({ theme: 'dark', primary })).toEqual({ theme: 'dark' });
    }
    for (const radius of [-1, 33, 1.5, '4px', 'xxl', '']) {
      expect(parsePortalTheme({ radius, primary: 'blue' })).toEqual({ primary: 'blue' });
    }
    expect(parsePortalTheme(null)).toEqual({});
    expect(parsePortalTheme('dark')).toEqual({});
  });

  it('is light unless the portal says dark, or auto on a dark system', () => {
    expect(portalColorScheme({}, 'dark')).toBe('light');
    expect(portalColorScheme({ theme: 'dark' }, 'light')).toBe('dark');
    expect(portalColorScheme({ theme: 'auto' }, 'dark')).toBe('dark');
    expect(portalColorScheme({ theme: 'auto' }, 'light')).toBe('light');
  });

  it('makes a #hex the primary colour at the shade filled buttons use, with text that contrasts', () => {
    const override = portalThemeOverride({ primary: '#0b7285', radius: 'xl' });
    expect(override.primaryColor).toBe('portal');
    expect(override.colors?.portal?.[6]).toBe('#0b7285');
    expect(override.colors?.portal).toHaveLength(10);
    expect(override.primaryShade).toBe(6);
    expect(override.autoContrast).toBe(true);
    expect(override.defaultRadius).toBe('xl');
    expect(portalThemeOverride({ primary: 'teal' })).toEqual({ primaryColor: 'teal' });
    expect(portalThemeOverride({})).toEqual({});
  });
});
