// The shapes the HTTP API speaks, as zod schemas: the server validates with them and
// documents them in OpenAPI, and the web app takes its types from them.
export * from './common';
export * from './organizations';
export * from './customers';
export * from './ledger';
export * from './timeline';
export * from './overview';
export * from './imports';
export * from './procedures';
export * from './follow-up';
export * from './message-settings';
export * from './caught-mail';
export * from './sms';
export * from './templates';
export * from './tone';
export * from './letters';
export * from './bounces';
export * from './approvals';
export * from './tasks';
export * from './statements';
