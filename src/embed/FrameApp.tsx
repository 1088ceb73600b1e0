import { Box } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { PanelConfig } from '../app/config';
import { useDocumentLanguage } from '../app/documentLanguage';
import { Providers } from '../app/Providers';
import { EventForm } from '../features/events/EventForm';
import { matchLocale } from '../i18n/locale';
import { createFrameBridge } from './frameBridge';

/**
 * The panel in a portal's iframe (`?embed=1`): the form without page chrome, reporting saves and
 * its height to the portal, which may change the calendar or the language.
 */
export function FrameApp({ config }: { config: PanelConfig }) {
  const [locale, setLocale] = useState(config.locale);
  const [calId, setCalId] = useState(config.calId);
  const [bridge] = useState(() => createFrameBridge(config.embed?.parentOrigin));
  const contentRef = useRef<HTMLDivElement>(null);
  useDocumentLanguage(locale);

  useEffect(
    () =>
      bridge.listen({
        setCalendar: setCalId,
        setLanguage: (lang) => setLocale((current) => matchLocale(lang) ?? current),
      }),
    [bridge],
  );
  useEffect(() => bridge.reportHeight(contentRef.current!), [bridge]);
  useEffect(() => bridge.post({ type: 'calendar-panel:ready' }), [bridge]);

  return (
    <Providers locale={locale} apiBase={config.apiBase}>
      <Box ref={contentRef} p="xs" component="main">
        {/* Another calendar is another form: what the portal switches to starts a new event. */}
        <EventForm key={calId ?? ''} fixedCalId={calId} onSaved={bridge.postSaved} />
      </Box>
    </Providers>
  );
}
