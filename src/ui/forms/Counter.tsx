import { Text, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';

/** A text field's length against its limit: seen as "12 / 40", heard as "12 of 40 characters"; red past the limit. */
export function Counter({ count, max }: { count: number; max: number }) {
  const { t } = useI18n();
  return (
    <Text component="span" size="xs" c={count > max ? 'var(--panel-red-text)' : 'dimmed'} display="block" ta="right">
      <span aria-hidden="true">{t('counter', { count, max })}</span>
      <VisuallyHidden>{t('counterAnnounce', { count, max })}</VisuallyHidden>
    </Text>
  );
}
