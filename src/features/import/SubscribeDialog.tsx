// "Subscribe…": the calendar's live iCalendar feed, for Outlook, Google and Apple calendars. The
// server gives the feed's unguessable address (POST /api/panel/feed-url); the dialog shows it with
// a Copy button and says how each app adds a calendar from a URL.
import '../../ui/dialogStyles';
import { Box, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { failureOf } from '../../api/errors';
import type { CalendarItem } from '../../core/apiContract';
import { useLocale, useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { FailureAlert } from '../../ui/FailureAlert';
import { EXPORT_TEXTS } from './exportText';

export interface SubscribeDialogProps {
  calendar: CalendarItem;
  opened: boolean;
  onClose: () => void;
}

/** The feed's absolute URL: the server's path is below the panel's base, which is the API base's parent. */
export const feedUrlOf = (apiBase: string, path: string, pageUrl: string) => new URL(`${apiBase}/../${path}`, pageUrl).href;

export default function SubscribeDialog({ calendar, opened, onClose }: SubscribeDialogProps) {
  const text = useTexts(EXPORT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const locale = useLocale();
  const client = useApiClient();
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const feed = useQuery({
    queryKey: ['feed-url', client.baseUrl, calendar.cal_id, locale],
    queryFn: async () => feedUrlOf(client.baseUrl, (await client.call('/panel/feed-url', { cal_id: calendar.cal_id })).path, document.baseURI),
    enabled: opened,
    staleTime: Infinity,
    retry: false,
  });

  const copy = async () => {
    if (!feed.data) return;
    try {
      await navigator.clipboard.writeText(feed.data);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const close = () => {
    setCopied(undefined);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={text('subscribeTitle')} closeButtonProps={{ 'aria-label': common('close') }} size="lg" centered>
      <Stack gap="sm">
        <Text size="sm">{text('subscribeIntro')}</Text>
        {feed.isError ? (
          <FailureAlert
            title={text('subscribeFailed')}
            failure={failureOf(feed.error)}
            action="read"
            after={
              <Button variant="light" size="xs" mt="xs" loading={feed.isFetching} onClick={() => void feed.refetch()}>
                {common('retry')}
              </Button>
            }
          />
        ) : (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={text('subscribeUrl')}
              readOnly
              value={feed.data ?? ''}
              placeholder={feed.isPending ? text('subscribeLoading') : undefined}
              onFocus={(e) => e.currentTarget.select()}
              style={{ flex: '1 1 16rem', minWidth: 0 }}
              data-testid="feed-url"
            />
            <Button onClick={() => void copy()} disabled={!feed.data} color={copied === 'yes' ? 'teal.9' : undefined} data-autofocus>
              {copied === 'yes' ? common('copied') : text('copy')}
            </Button>
          </Group>
        )}
        <Box aria-live="polite">
          {copied === 'failed' && (
            <Text size="sm" c="var(--panel-red-text)">
              {text('copyFailed')}
            </Text>
          )}
        </Box>
        <List size="sm" spacing={6}>
          <List.Item>{text('howOutlook')}</List.Item>
          <List.Item>{text('howGoogle')}</List.Item>
          <List.Item>{text('howApple')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {text('subscribeNote')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {common('close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
