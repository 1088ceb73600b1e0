// Says that records from the server were left out because they could not be read (api/client.ts):
// the scheduler knows the month shown may lack something, rather than trusting a quiet gap.
import { Alert } from '@mantine/core';
import { useUnreadableRecords } from '../api/ApiClientProvider';
import { useTexts } from '../i18n/I18nProvider';
import { PAGE_TEXTS } from '../i18n/messages';

export function UnreadableNotice() {
  const t = useTexts(PAGE_TEXTS);
  const count = useUnreadableRecords();
  if (count === 0) return null;
  return (
    <Alert color="yellow" role="status" data-testid="unreadable-records">
      {t('unreadableRecords', { count })}
    </Alert>
  );
}
