import { Text, VisuallyHidden } from '@mantine/core';
import { useTexts } from '../../i18n/I18nProvider';
import { PAGE_TEXTS } from '../../i18n/messages';

/** A text field's length against its limit: seen as "12 / 40", heard as "12 of 40 characters"; red past the limit. */
export function Counter({ count, max }: { count: number; max: number }) {
  const t = useTexts(PAGE_TEXTS);
  return (
    <Text component="span" size="xs" c={count > max ? 'var(--panel-red-text)' : 'dimmed'} display="block" ta="right">
      <span aria-hidden="true">{t('counter', { count, max })}</span>
      <VisuallyHidden>{t('counterAnnounce', { count, max })}</VisuallyHidden>
    </Text>
  );
}
