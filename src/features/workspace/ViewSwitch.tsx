import { Button, Group } from '@mantine/core';
import { useTexts } from '../../i18n/I18nProvider';
import { CALENDAR_TEXTS } from '../calendars/calendarText';

/** Month or Year: two buttons, the one shown pressed. */
export function ViewSwitch({ view, onChange }: { view: 'month' | 'year'; onChange: (view: 'month' | 'year') => void }) {
  const text = useTexts(CALENDAR_TEXTS);
  return (
    <Group gap={4} role="group" aria-label={text('viewLabel')} mb="sm" data-print-hide>
      {(['month', 'year'] as const).map((v) => (
        <Button key={v} size="compact-sm" variant={v === view ? 'filled' : 'subtle'} aria-pressed={v === view} onClick={() => v !== view && onChange(v)}>
          {v === 'month' ? text('viewMonth') : text('viewYear')}
        </Button>
      ))}
    </Group>
  );
}
