// What went wrong with a save, above an editor: the problems the form could not put at
// a field of its own (by their path), or the server's refusal when it named no field.
import { Alert, List } from '@mantine/core';
import { fieldErrors } from '../api/client';
import { useErrorMessage } from './query-state';

export function SaveErrors({
  title,
  error,
  hasErrors,
  unplaced,
}: {
  /** The heading when the form's fields hold errors. */
  title: string;
  /** The save's error, if it failed. */
  error: unknown;
  /** Whether any field of the form shows an error. */
  hasErrors: boolean;
  /** Path and message of the errors no field shows. */
  unplaced: readonly [string, string][];
}) {
  const errorMessage = useErrorMessage();
  if (hasErrors) {
    return (
      <Alert color="red" role="alert" title={title}>
        {error && Object.keys(fieldErrors(error)).length === 0 ? errorMessage(error) : null}
        {unplaced.length > 0 && (
          <List size="sm">
            {unplaced.map(([path, message]) => (
              <List.Item key={path}>
                {path}: {message}
              </List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  }
  if (!error) return null;
  return (
    <Alert color="red" role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
