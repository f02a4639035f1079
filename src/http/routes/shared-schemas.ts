// Path parameters and error answers that every route file describes the same way.
import { z } from 'zod';
import { problem, uuidParam } from '../contract';

export const orgParams = z.object({ org: z.string().describe('the organization slug') });
export const idParams = orgParams.extend({ id: uuidParam });

/** Every error answer is a problem document. */
export const problemResponses = {
  '4XX': {
    description: 'a problem (RFC 9457) naming the error code and the fields concerned',
    content: { 'application/problem+json': { schema: problem } },
  },
};

export const noContent = { 204: z.undefined().describe('done') };
