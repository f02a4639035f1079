// The creditor reference is a domain rule (ISO 11649); the readers and codes here use it.
export { creditorReferenceFor, isValidCreditorReference, normalizeCreditorReference } from '../../domain/creditor-reference';
