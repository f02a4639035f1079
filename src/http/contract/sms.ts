// SMS texts as they will travel: the encoding and the number of messages, for the editor.
import { z } from 'zod';

export const smsPreviewInput = z.object({
  text: z.string().max(5000),
  transliterate: z.boolean().default(false).describe('preview with ą as a, ł as l … (the organization setting)'),
});

export const smsPreview = z.object({
  text: z.string().describe('the text as it would be sent'),
  encoding: z.enum(['GSM-7', 'UCS-2']),
  segments: z.number().int().describe('messages the text is sent and billed as'),
  characters: z.number().int().describe('length in the encoding: GSM extension characters (€ [ ] { } …) count twice'),
  charactersPerSegment: z.number().int(),
  ucs2Characters: z.array(z.string()).describe('the characters that force UCS-2'),
});
