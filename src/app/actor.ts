// Who does a change: recorded on allocations, activities and attachments.

/** The person (null for an integration's token) and the way the change came in. */
export type Actor = { userId: string | null; via: 'session' | 'token' | 'system' };
