// Editing the routing rules: the whole list in the order it is tried, rules added,
// removed and moved, each with its sentence, saved at once. A procedure chosen by hand
// comes before every rule and the default procedure after the last, as routing does.
import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoutingRuleView } from '../../../src/http/contract';
import { fieldErrors } from '../api/client';
import { SaveErrors } from '../components/save-errors';
import { useFormat } from '../i18n/use-format';
import { catchesEveryone, firstCatchAll, moveRule, newRule, ruleDraftsOf, ruleErrors, ruleShape, rulesInput, type RuleDraft } from './routing-draft';
import { RoutingRuleFields, type Option } from './routing-rule-fields';
import { OrderEnd, OrderStart } from './routing-order';
import { useSaveRoutingRules } from './routing-rules-api';
import { ruleSummary, type SummaryWords } from './routing-summary';

type Props = {
  org: string;
  rules: readonly RoutingRuleView[];
  currency: string;
  words: SummaryWords;
  procedureOptions: Option[];
  tagsInUse: readonly string[];
  segmentOptions: (chosen: readonly string[]) => Option[];
};

export function RoutingRulesEditor({ org, rules, currency, words, procedureOptions, tagsInUse, segmentOptions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveRoutingRules(org);
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => ruleDraftsOf(rules, currency, format.language));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const errors = { ...fieldErrors(save.error), ...localErrors };
  const hasErrors = Object.keys(errors).length > 0;
  // Adding, removing or moving makes the server's rule numbers stale: its problems are cleared.
  const restructure = (next: RuleDraft[]) => {
    save.reset();
    setLocalErrors({});
    setSaved(false);
    setDrafts(next);
  };
  const changeRule = (index: number, next: Partial<RuleDraft>) => {
    setSaved(false);
    setDrafts((all) => all.map((rule, i) => (i === index ? { ...rule, ...next } : rule)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const prepared = rulesInput(drafts, currency);
    if ('problems' in prepared) {
      save.reset();
      setLocalErrors(Object.fromEntries(Object.entries(prepared.problems).map(([path, problem]) => [path, t(`routingRules.problems.${problem}`)])));
      return;
    }
    setLocalErrors({});
    save.mutate(prepared.rules, {
      onSuccess: (replaced) => {
        setDrafts(ruleDraftsOf(replaced, currency, format.language));
        setSaved(true);
      },
    });
  };

  const shaped = drafts.map((draft) => ruleShape(draft, currency).rule);
  const catchAll = firstCatchAll(shaped);
  const knownTags = [...new Set([...tagsInUse, ...drafts.flatMap((d) => d.tags)])].sort();
  // The rules' own segments stay choosable even when no customer is in them any more.
  const segments = segmentOptions(drafts.flatMap((d) => d.segments));
  const unplaced = Object.entries(errors).filter(([path]) => !/^rules\.\d+(\.|$)/.test(path));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SaveErrors title={t('routingRules.invalid')} error={save.error} hasErrors={hasErrors} unplaced={unplaced} />
        <OrderStart />
        {drafts.length === 0 && (
          <Text fz="sm" c="dimmed">
            {t('routingRules.empty')}
          </Text>
        )}
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('routingRules.title')}>
          {drafts.map((rule, index) => (
            <li key={rule.id}>
              <RoutingRuleFields
                rule={rule}
                index={index}
                count={drafts.length}
                currency={currency}
                errors={ruleErrors(errors, index)}
                summary={ruleSummary(shaped[index]!, words)}
                shadowedBy={catchAll !== null && index > catchAll ? catchAll + 1 : null}
                catchesEveryone={catchesEveryone(shaped[index]!)}
                procedureOptions={withKey(procedureOptions, rule.procedureKey)}
                tagOptions={knownTags}
                segmentOptions={segments}
                procedureName={words.procedureName}
                onChange={(next) => changeRule(index, next)}
                onMove={(by) => restructure(moveRule(drafts, index, by))}
                onRemove={() => restructure(drafts.filter((_, i) => i !== index))}
              />
            </li>
          ))}
        </Stack>
        <OrderEnd words={words} />
        {saved && (
          <Text c="teal.8" fz="sm" role="status">
            {t('routingRules.saved')}
          </Text>
        )}
        <Group justify="space-between">
          <Button variant="light" onClick={() => restructure([...drafts, newRule()])}>
            {t('routingRules.addRule')}
          </Button>
          <Group>
            <Button variant="default" onClick={() => restructure(ruleDraftsOf(rules, currency, format.language))}>
              {t('routingRules.discard')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('routingRules.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

// A rule may name a procedure the list no longer has; it stays shown (and the server names the problem).
function withKey(options: Option[], key: string): Option[] {
  return key === '' || options.some((o) => o.value === key) ? options : [...options, { value: key, label: key }];
}
