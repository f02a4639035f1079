// A held message as it would leave today: an e-mail's subject and HTML in a sandboxed
// frame (no scripts, no forms, no requests to our origin), any other channel's text as
// written; then what the tone guard found in it.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApprovalItem } from '../../../src/http/contract';
import { ToneFindings } from '../components/tone-findings';

type RenderedPreview = Extract<ApprovalItem['preview'], { rendered: true }>;

export function MessagePreview({ preview, title }: { preview: RenderedPreview; title: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {preview.subject !== '' && (
        <Text fz="sm">
          <Text span fw={600}>
            {t('approvalsPage.subject')}:
          </Text>{' '}
          {preview.subject}
        </Text>
      )}
      {preview.html !== '' ? (
        <iframe
          title={title}
          sandbox=""
          srcDoc={preview.html}
          style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, background: 'white' }}
        />
      ) : (
        <Text
          component="pre"
          fz="sm"
          aria-label={title}
          p="sm"
          style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, maxHeight: 420, overflow: 'auto' }}
        >
          {preview.text}
        </Text>
      )}
      <ToneVerdict tone={preview.tone} />
    </Stack>
  );
}

function ToneVerdict({ tone }: { tone: RenderedPreview['tone'] }) {
  const { t } = useTranslation();
  if (tone.findings.length === 0) {
    return (
      <Text fz="sm" c="teal">
        {t('approvalsPage.tone.clean')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text fz="sm" fw={600} c={tone.blocked ? 'red' : 'yellow.8'}>
        {tone.blocked ? t('approvalsPage.tone.blocked') : t('approvalsPage.tone.warnings')}
      </Text>
      <ToneFindings findings={tone.findings} />
    </Stack>
  );
}
