import { ActionIcon, Group, useMantineColorScheme } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePastHydration } from '../ui/usePastHydration';
import type { ColorSchemeChoice } from '../core/colorScheme';
import { useTexts } from '../i18n/I18nProvider';
import { PAGE_TEXTS } from '../i18n/messages';

const ICON = { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

const CHOICES: { scheme: ColorSchemeChoice; label: 'colorSchemeLight' | 'colorSchemeDark' | 'colorSchemeAuto'; icon: ReactNode }[] = [
  {
    scheme: 'light',
    label: 'colorSchemeLight',
    icon: (
      <svg {...ICON}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    ),
  },
  {
    scheme: 'dark',
    label: 'colorSchemeDark',
    icon: (
      <svg {...ICON}>
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
      </svg>
    ),
  },
  {
    scheme: 'auto',
    label: 'colorSchemeAuto',
    icon: (
      <svg {...ICON}>
        <rect x="3" y="4" width="18" height="12" rx="2" />
        <path d="M8 20h8M12 16v4" />
      </svg>
    ),
  },
];

/** The header's light / dark / as-the-system switch; Mantine remembers the choice (Providers). */
export function ColorSchemeSwitch() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  // The prerendered page cannot know the stored choice: while React hydrates it, no button is
  // pressed (as in the HTML); right after, the stored one is. A page rendered in the browser shows it at once.
  const hydrated = usePastHydration();
  const chosen = hydrated ? colorScheme : undefined;
  const t = useTexts(PAGE_TEXTS);
  return (
    <Group gap={2} role="group" aria-label={t('colorSchemeLabel')} wrap="nowrap">
      {CHOICES.map(({ scheme, label, icon }) => (
        <ActionIcon
          key={scheme}
          variant={scheme === chosen ? 'filled' : 'subtle'}
          aria-pressed={scheme === chosen}
          data-color-scheme-choice={scheme}
          aria-label={t(label)}
          title={t(label)}
          onClick={(event) => {
            event.preventDefault(); // handled: the page's inline script leaves it (src/core/colorScheme.ts)
            setColorScheme(scheme);
          }}
        >
          {icon}
        </ActionIcon>
      ))}
    </Group>
  );
}

