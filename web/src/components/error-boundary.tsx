import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { children: ReactNode; resetKey?: string };
type State = { error: Error | null };

/**
 * Catches a page that failed to render (a bug) so the rest of the workspace stays
 * usable; moving to another address clears it.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <CrashNotice onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

function CrashNotice({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.title')} role="alert" m="md">
      <Stack gap="xs" align="flex-start">
        <span>{t('errors.unexpected')}</span>
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
