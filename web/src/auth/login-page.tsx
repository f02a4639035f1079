import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { useLogin, useSession, useSetupStatus } from '../api/session';
import { PageLoader, useErrorMessage } from '../components/query-state';
import { PublicFrame } from './public-frame';

/** Only paths inside the app may be followed after signing in, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const setup = useSetupStatus();
  const login = useLogin();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));

  if (session.isPending) return <PageLoader />;
  if (session.data) return <Navigate to={next} replace />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  const failed = login.error;
  const wrongCredentials = failed instanceof ApiError && (failed.status === 401 || failed.status === 400 || failed.status === 422);

  return (
    <PublicFrame title={t('auth.title')} subtitle={t('auth.subtitle')} width={440}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {failed && (
            <Alert color="red" role="alert" title={t('auth.failed')}>
              {wrongCredentials ? t('auth.wrongCredentials') : errorMessage(failed)}
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={login.isPending} disabled={!email || !password}>
            {t('auth.signIn')}
          </Button>
        </Stack>
      </form>
    </PublicFrame>
  );
}
