import { Alert, Anchor, Code, CopyButton, Group, List, Text, UnstyledButton } from '@mantine/core';
import type { Ref } from 'react';
import { useTexts } from '../../i18n/I18nProvider';
import { COMMON_TEXTS } from '../../core/commonText';
import { PAGE_TEXTS } from '../../i18n/messages';

export interface FieldProblem {
  field: string;
  inputId: string;
  label: string;
  message: string;
}

export interface ErrorSummaryProps {
  /** What happened and what to do, for a failure of the request itself. */
  failure?: { what: string; todo: string; serverMessage?: string; requestId?: string };
  problems: FieldProblem[];
  onFocusField: (field: string) => void;
  ref?: Ref<HTMLDivElement>;
  /** What was not done (default: "The event was not saved"). */
  title?: string;
}

/** The list of what stops a save, above the form: it takes focus and links to each field in error. */
export function ErrorSummary({ failure, problems, onFocusField, ref, title }: ErrorSummaryProps) {
  const t = useTexts(PAGE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  return (
    <Alert ref={ref} tabIndex={-1} role="alert" color="red" variant="light" title={title ?? t('errorSummaryTitle')} data-testid="error-summary">
      {failure && (
        <>
          <Text size="sm">{failure.what}</Text>
          <Text size="sm" fw={600}>{failure.todo}</Text>
          {failure.serverMessage && <Text size="sm">{t('serverSaid', { message: failure.serverMessage })}</Text>}
        </>
      )}
      {problems.length > 0 && (
        <>
          <Text size="sm" mt={failure ? 'xs' : 0}>{t('errorSummaryFields')}</Text>
          <List size="sm" spacing={2}>
            {problems.map((p) => (
              <List.Item key={p.field}>
                <Anchor
                  href={`#${p.inputId}`}
                  size="sm"
                  c="var(--panel-red-text)"
                  underline="always"
                  display="block"
                  lh="24px"
                  onClick={(event) => {
                    event.preventDefault();
                    onFocusField(p.field);
                  }}
                >
                  {t('fieldProblem', { label: p.label, message: p.message })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {failure?.requestId && (
        <Group gap="xs" mt="xs">
          <Text size="sm">{t('requestIdLabel')}</Text>
          <Code data-testid="request-id">{failure.requestId}</Code>
          <CopyButton value={failure.requestId}>
            {({ copied, copy }) => (
              <UnstyledButton onClick={copy} fz="sm" td="underline" c="var(--panel-red-text)" aria-label={copied ? common('copied') : t('copyRequestId')}>
                {copied ? common('copied') : common('copy')}
              </UnstyledButton>
            )}
          </CopyButton>
        </Group>
      )}
      <Text size="sm" mt="xs">{t('valuesKept')}</Text>
    </Alert>
  );
}
