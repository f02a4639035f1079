// First run: an empty installation creates its first organization and its admin,
// who is signed in at once.
import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Fieldset, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { setupRequest } from '../../../src/http/contract';
import { fieldErrors } from '../api/client';
import { useSetup, useSetupStatus } from '../api/session';
import type { SetupRequest } from '../api/types';
import { ErrorAlert, PageLoader, useErrorMessage } from '../components/query-state';
import { useLanguage } from '../i18n/use-language';
import { countryOptions, currencyOptions, customerLanguageOptions, slugFromName, timeZoneOptions } from './setup-options';
import { PublicFrame } from './public-frame';

type FormValues = {
  legalName: string;
  slug: string;
  taxId: string;
  country: string;
  baseCurrency: string;
  defaultLanguage: string;
  timeZone: string;
  adminName: string;
  adminEmail: string;
  adminPassword: string;
};

const initialValues: FormValues = {
  legalName: '',
  slug: '',
  taxId: '',
  country: 'PL',
  baseCurrency: 'PLN',
  defaultLanguage: 'pl',
  timeZone: 'Europe/Warsaw',
  adminName: '',
  adminEmail: '',
  adminPassword: '',
};

const formPaths = [
  'organization.legalName',
  'organization.slug',
  'organization.taxId',
  'organization.country',
  'organization.baseCurrency',
  'organization.defaultLanguage',
  'organization.timeZone',
  'admin.name',
  'admin.email',
  'admin.password',
];

function toRequest(values: FormValues, language: string): SetupRequest {
  const taxId = values.taxId.trim();
  return {
    organization: {
      legalName: values.legalName.trim(),
      slug: values.slug.trim(),
      ...(taxId ? { taxId } : {}),
      country: values.country,
      baseCurrency: values.baseCurrency,
      defaultLanguage: values.defaultLanguage as SetupRequest['organization']['defaultLanguage'],
      timeZone: values.timeZone,
    },
    admin: {
      name: values.adminName.trim(),
      email: values.adminEmail.trim(),
      password: values.adminPassword,
      language: language as SetupRequest['admin']['language'],
    },
  };
}

export function SetupPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const status = useSetupStatus();
  const setup = useSetup();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState<FormValues>(initialValues);
  const [slugTouched, setSlugTouched] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const countries = useMemo(() => countryOptions(language), [language]);
  const currencies = useMemo(() => currencyOptions(language), [language]);
  const timeZones = useMemo(() => timeZoneOptions(), []);

  if (status.isPending) return <PageLoader />;
  if (status.isError) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data.needsSetup && !setup.isSuccess) return <Navigate to="/login" replace />;

  const serverErrors = fieldErrors(setup.error);
  const errorFor = (path: string) => clientErrors[path] ?? serverErrors[path];
  // A problem naming no field of this form (or none at all) is shown above the form.
  const unplacedServerError = !!setup.error && !Object.keys(serverErrors).some((path) => formPaths.includes(path));
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((v) => {
      const nextValues = { ...v, [key]: value };
      if (key === 'legalName' && !slugTouched) nextValues.slug = slugFromName(String(value));
      return nextValues;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = toRequest(values, language);
    const parsed = setupRequest.safeParse(request);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        errors[path] ??= t(`setup.invalid.${path}`, { defaultValue: t('setup.invalid.generic') });
      }
      setClientErrors(errors);
      return;
    }
    setClientErrors({});
    setup.mutate(request, {
      onSuccess: (session) => {
        const first = session.organizations[0];
        navigate(first ? `/o/${first.slug}` : '/', { replace: true });
      },
    });
  };

  return (
    <PublicFrame title={t('setup.title')} subtitle={t('setup.subtitle')} width={760}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {unplacedServerError && (
            <Alert color="red" role="alert" title={t('setup.failed')}>
              {errorMessage(setup.error)}
            </Alert>
          )}
          <Fieldset legend={t('setup.organization')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('setup.legalName')}
                required
                autoFocus
                value={values.legalName}
                onChange={(e) => set('legalName', e.currentTarget.value)}
                error={errorFor('organization.legalName')}
              />
              <TextInput
                label={t('setup.slug')}
                description={t('setup.slugHint')}
                required
                value={values.slug}
                onChange={(e) => {
                  setSlugTouched(true);
                  set('slug', e.currentTarget.value);
                }}
                error={errorFor('organization.slug')}
              />
              <TextInput
                label={t('setup.taxId')}
                value={values.taxId}
                onChange={(e) => set('taxId', e.currentTarget.value)}
                error={errorFor('organization.taxId')}
              />
              <Select
                label={t('setup.country')}
                required
                searchable
                allowDeselect={false}
                data={countries}
                value={values.country}
                onChange={(v) => v && set('country', v)}
                error={errorFor('organization.country')}
              />
              <Select
                label={t('setup.currency')}
                required
                searchable
                allowDeselect={false}
                data={currencies}
                value={values.baseCurrency}
                onChange={(v) => v && set('baseCurrency', v)}
                error={errorFor('organization.baseCurrency')}
              />
              <Select
                label={t('setup.language')}
                description={t('setup.languageHint')}
                required
                allowDeselect={false}
                data={customerLanguageOptions}
                value={values.defaultLanguage}
                onChange={(v) => v && set('defaultLanguage', v)}
                error={errorFor('organization.defaultLanguage')}
              />
              <Select
                label={t('setup.timeZone')}
                required
                searchable
                allowDeselect={false}
                data={timeZones}
                value={values.timeZone}
                onChange={(v) => v && set('timeZone', v)}
                error={errorFor('organization.timeZone')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('setup.admin')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('setup.adminName')}
                required
                autoComplete="name"
                value={values.adminName}
                onChange={(e) => set('adminName', e.currentTarget.value)}
                error={errorFor('admin.name')}
              />
              <TextInput
                label={t('setup.adminEmail')}
                type="email"
                required
                autoComplete="username"
                value={values.adminEmail}
                onChange={(e) => set('adminEmail', e.currentTarget.value)}
                error={errorFor('admin.email')}
              />
              <PasswordInput
                label={t('setup.adminPassword')}
                description={t('setup.passwordHint')}
                required
                autoComplete="new-password"
                value={values.adminPassword}
                onChange={(e) => set('adminPassword', e.currentTarget.value)}
                error={errorFor('admin.password')}
              />
            </SimpleGrid>
          </Fieldset>
          <Button type="submit" loading={setup.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </PublicFrame>
  );
}
