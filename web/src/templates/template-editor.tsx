// Editing one template: a field for each part its channel uses, saved as the
// organization's own text or reset to the shipped one. What the server finds wrong
// shows under the part it concerns: Liquid errors with their line, and the tone
// guard's findings with phrase, rule and suggestion (forbidden ones refuse the save,
// warnings come back with the saved text).
import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail, TemplateToneFindingView } from '../../../src/http/contract';
import { useErrorMessage } from '../components/query-state';
import { hasNoProblems, templateProblems } from './part-problems';
import { useResetTemplate, useSaveTemplate, type TemplateAddress, type TemplateDraft } from './template-api';
import { ToneFindings } from '../components/tone-findings';

type Props = {
  org: string;
  address: TemplateAddress;
  detail: TemplateDetail;
  draft: TemplateDraft;
  mayChange: boolean;
  onDraft: (draft: TemplateDraft) => void;
};

type Outcome = { kind: 'saved'; findings: TemplateToneFindingView[] } | { kind: 'reset' } | null;

export function TemplateEditor({ org, address, detail, draft, mayChange, onDraft }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const save = useSaveTemplate(org, address);
  const reset = useResetTemplate(org, address);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const problems = templateProblems(save.error, outcome?.kind === 'saved' ? outcome.findings : []);
  const refused = save.isError;
  // A refusal the parts do not explain (a lost connection, a role that may not save) is said as it is.
  const unexplained = refused && hasNoProblems(problems);

  const change = (part: keyof TemplateDraft, value: string) => {
    setOutcome(null);
    onDraft({ ...draft, [part]: value });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    save.mutate(draft, { onSuccess: (saved) => setOutcome({ kind: 'saved', findings: saved.toneFindings }) });
  };
  const resetToShipped = () => {
    save.reset();
    setOutcome(null);
    reset.mutate(undefined, {
      onSuccess: () => {
        if (detail.shipped) onDraft(detail.shipped);
        setOutcome({ kind: 'reset' });
      },
    });
  };

  return (
    <Card withBorder component="section" aria-labelledby="template-editor-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} fz="h4" id="template-editor-title">
              {t('templates.editor.title')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('templates.editor.hint')}
            </Text>
          </div>
          {!mayChange && <Alert color="gray">{t('templates.editor.readOnly')}</Alert>}
          {refused && !unexplained && (
            <Alert color="red" role="alert" title={t('templates.editor.refused')}>
              {problems.other.length > 0 && (
                <List size="sm">
                  {problems.other.map((message) => (
                    <List.Item key={message}>{message}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          {unexplained && (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          )}
          {reset.isError && (
            <Alert color="red" role="alert">
              {errorMessage(reset.error)}
            </Alert>
          )}
          {outcome?.kind === 'saved' && (
            <Alert color={outcome.findings.length > 0 ? 'yellow' : 'teal'} role="status">
              {outcome.findings.length > 0 ? t('templates.editor.savedWithWarnings') : t('templates.editor.saved')}
            </Alert>
          )}
          {outcome?.kind === 'reset' && (
            <Alert color="teal" role="status">
              {t('templates.editor.resetDone')}
            </Alert>
          )}
          {detail.parts.map((part) => {
            const { issues, findings } = problems.parts[part];
            return (
              <div key={part}>
                <Textarea
                  label={t(`templates.parts.${detail.channel}.${part}`)}
                  value={draft[part]}
                  onChange={(event) => change(part, event.currentTarget.value)}
                  readOnly={!mayChange}
                  autosize
                  minRows={part === 'subject' ? 1 : 6}
                  maxRows={part === 'subject' ? 3 : 24}
                  spellCheck={false}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                  error={issues.length > 0 ? issues.join('\n') : findings.some((f) => f.severity === 'forbidden') ? t('templates.tone.refusedHere') : undefined}
                />
                <ToneFindings findings={findings} />
              </div>
            );
          })}
          {mayChange && (
            <Group justify="space-between">
              {detail.changed && detail.shipped ? (
                <Button variant="default" onClick={resetToShipped} loading={reset.isPending}>
                  {t('templates.editor.reset')}
                </Button>
              ) : (
                <span />
              )}
              <Button type="submit" loading={save.isPending}>
                {t('templates.editor.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
