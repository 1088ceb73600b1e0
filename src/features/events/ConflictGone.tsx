import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTexts } from '../../i18n/I18nProvider';
import { CONFLICT_TEXTS } from '../../ui/forms/conflictText';

/** Shown instead of saving when the event being edited was deleted by someone else meanwhile. */
export function ConflictGone({ onSaveAsNew }: { onSaveAsNew: () => void }) {
  const c = useTexts(CONFLICT_TEXTS);
  return (
    <Alert color="orange" role="alert" title={c('goneTitle')} data-testid="conflict-gone" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{c('goneText')}</Text>
        <Button variant="default" onClick={onSaveAsNew}>
          {c('saveAsNew')}
        </Button>
      </Stack>
    </Alert>
  );
}
