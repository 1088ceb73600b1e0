// One part of the panel that fails stays one part: a chunk that cannot be loaded, or data that
// cannot be drawn, shows a message with Retry in the place of that part, and the rest of the page
// (the event form with what was typed in it, an import running) stays as it was. Without it, one
// such error unmounted the whole panel and left a white page.
import { Alert, Button, Group, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTexts } from '../i18n/I18nProvider';
import { COMMON_TEXTS } from '../core/commonText';
import { PAGE_TEXTS } from '../i18n/messages';
import { reloadKeepingDrafts } from './reloadDrafts';
import { isChunkLoadError, retryFailedLoads } from './retryableLazy';

interface PartBoundaryProps {
  children: ReactNode;
  /** What to show instead of the message (a small part: the date picker's button), given Retry. */
  fallback?: (retry: () => void) => ReactNode;
}

interface PartBoundaryState {
  error?: unknown;
  /** Retries of a chunk that failed again: past one, a reload is offered. */
  retries: number;
}

export class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  state: PartBoundaryState = { retries: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PartBoundaryState> {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A part of the panel failed', error, info.componentStack);
  }

  render() {
    const { error, retries } = this.state;
    if (error === undefined) return this.props.children;
    const retry = () => {
      retryFailedLoads();
      this.setState((s) => ({ error: undefined, retries: isChunkLoadError(s.error) ? s.retries + 1 : 0 }));
    };
    return this.props.fallback ? this.props.fallback(retry) : <PartFailed chunk={isChunkLoadError(error)} retries={retries} onRetry={retry} />;
  }
}

function PartFailed({ chunk, retries, onRetry }: { chunk: boolean; retries: number; onRetry: () => void }) {
  const t = useTexts(PAGE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const stale = chunk && retries > 0;
  return (
    <Alert color="red" role="alert" title={chunk ? t('partLoadFailed') : t('partShowFailed')} data-testid="part-failed">
      <Text size="sm">{stale ? t('partReloadWhy') : chunk ? t('partLoadWhy') : t('partShowWhy')}</Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="default" onClick={onRetry}>
          {common('retry')}
        </Button>
        {stale && (
          <Button size="xs" variant="default" onClick={reloadKeepingDrafts}>
            {t('reloadPage')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
