// A portal's look, handed to the panel by mount() options, the iframe's URL parameters or a
// `calendar-panel:set-theme` message: the colour scheme, the primary colour and the radius. What
// arrives is checked field by field; a field that is not one of these values is ignored (a colour
// is a #hex or one of Mantine's colour names, never free text that would reach the CSS).
import { DEFAULT_THEME, darken, lighten, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';
import * as z from 'zod/mini';
import { COLOR_SCHEMES, type ColorSchemeChoice } from '../core/colorScheme';

const RADII = ['xs', 'sm', 'md', 'lg', 'xl'] as const;

export interface PortalTheme {
  /** light, dark, or auto: as the system's setting. */
  theme?: ColorSchemeChoice;
  /** `#1c7ed6` (#rgb or #rrggbb) or a Mantine colour name (`teal`, `violet`, …). */
  primary?: string;
  /** xs … xl, or pixels (0 to 32). */
  radius?: (typeof RADII)[number] | number;
}

const fields = {
  theme: z.enum(COLOR_SCHEMES),
  primary: z.union([
    z.string().check(z.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i)),
    z.enum(Object.keys(DEFAULT_THEME.colors) as [string, ...string[]]),
  ]),
  radius: z.union([
    z.enum(RADII),
    z.pipe(
      z.union([z.number(), z.pipe(z.string().check(z.regex(/^\d{1,2}$/)), z.transform(Number))]),
      z.number().check(z.int(), z.minimum(0), z.maximum(32)),
    ),
  ]),
};

/** The valid fields of what a portal sent (an object, or the URL's parameters); the others are left out. */
export function parsePortalTheme(input: unknown): PortalTheme {
  const source =
    input instanceof URLSearchParams
      ? Object.fromEntries(input)
      : input && typeof input === 'object'
        ? (input as Record<string, unknown>)
        : {};
  const theme: PortalTheme = {};
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    if (source[key] === undefined || source[key] === null) continue;
    const parsed = fields[key].safeParse(source[key]);
    if (parsed.success) Object.assign(theme, { [key]: parsed.data });
  }
  return theme;
}

/** The colour scheme a portal's choice comes to, given the system's (light when the portal says nothing). */
export function portalColorScheme(portal: PortalTheme, system: 'light' | 'dark'): 'light' | 'dark' {
  return portal.theme === 'auto' ? system : (portal.theme ?? 'light');
}

/** Ten shades around a portal's colour, its own at 6, the shade filled buttons use. */
function shadesOf(hex: string): MantineColorsTuple {
  const lighter = [0.9, 0.8, 0.65, 0.5, 0.35, 0.18].map((by) => lighten(hex, by));
  const darker = [0.12, 0.24, 0.36].map((by) => darken(hex, by));
  return [...lighter, hex, ...darker] as unknown as MantineColorsTuple;
}

/** What the portal's colour and radius change in the panel's Mantine theme. */
export function portalThemeOverride(portal: PortalTheme): MantineThemeOverride {
  const override: MantineThemeOverride = {};
  if (portal.primary?.startsWith('#')) {
    Object.assign(override, { colors: { portal: shadesOf(portal.primary) }, primaryColor: 'portal', primaryShade: 6, autoContrast: true });
  } else if (portal.primary) {
    override.primaryColor = portal.primary;
  }
  if (portal.radius !== undefined) override.defaultRadius = portal.radius;
  return override;
}
