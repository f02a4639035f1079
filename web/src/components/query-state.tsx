// What a page shows while its data loads, when loading failed, and when there is none.
import type { ReactNode } from 'react';
import { Alert, Button, Center, EmptyState, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** The message for an error: the server's own words when it gave some, else a known code's text. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === 'network') return t('errors.network');
      if (error.status === 401) return t('errors.unauthenticated');
      if (error.status === 403) return t('errors.forbidden');
      if (error.status === 404) return t('errors.notFound');
      if (error.status >= 500) return t('errors.server');
      return error.message;
    }
    return t('errors.unexpected');
  };
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <span>{message(error)}</span>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function NoData({ title, description, children }: { title: string; description?: string; children?: ReactNode }) {
  return (
    <EmptyState title={title} description={description} size="sm" py="lg">
      {children}
    </EmptyState>
  );
}
