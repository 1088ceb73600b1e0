// Says that records from the server were left out because they could not be read (api/client.ts):
// the scheduler knows the month shown may lack something, rather than trusting a quiet gap.
import { Alert } from '@mantine/core';
import { useUnreadableRecords } from '../api/ApiClientProvider';
import { useI18n } from '../i18n/I18nProvider';

export function UnreadableNotice() {
  const { t } = useI18n();
  const count = useUnreadableRecords();
  if (count === 0) return null;
  return (
    <Alert color="yellow" role="status" data-testid="unreadable-records">
      {t('unreadableRecords', { count })}
    </Alert>
  );
}
