import { Button, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { LOCALES, type Locale } from '../i18n/locale';
import { MESSAGES } from '../i18n/messages';
import type { PanelConfig } from './config';
import { useDocumentLanguage } from './documentLanguage';
import { Providers } from './Providers';

// The workspace (grid, list, dialogs) loads right after the first paint.
const Workspace = lazy(() => import('../features/workspace/Workspace'));

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '中文' };

/** The panel as a page of its own: title, language switch, and the calendar workspace. */
export function App({ config }: { config: PanelConfig }) {
  const [locale, setLocale] = useState(config.locale);

  useDocumentLanguage(locale);
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get('lang') !== locale && (url.searchParams.has('lang') || locale !== config.locale)) {
      url.searchParams.set('lang', locale);
      window.history.replaceState(window.history.state, '', url);
    }
  }, [locale, config.locale]);

  const t = MESSAGES[locale];
  return (
    <Providers locale={locale} apiBase={config.apiBase}>
      <Container size={1280} py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }}>
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap" component="header">
            <div>
              <Title order={1} size="h2">
                {t.appTitle}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {t.appIntro}
              </Text>
            </div>
            <Group gap={4} role="group" aria-label={t.languageLabel} wrap="nowrap">
              {LOCALES.map((l) => (
                <Button
                  key={l}
                  size="compact-sm"
                  variant={l === locale ? 'light' : 'subtle'}
                  aria-pressed={l === locale}
                  lang={l}
                  onClick={() => setLocale(l)}
                >
                  {LANGUAGE_NAMES[l]}
                </Button>
              ))}
            </Group>
          </Group>
          <main>
            <Suspense fallback={<Loader size="sm" aria-label={t.calendarLoading} />}>
              <Workspace />
            </Suspense>
          </main>
        </Stack>
      </Container>
    </Providers>
  );
}
