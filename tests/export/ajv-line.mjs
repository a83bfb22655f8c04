// The line a gymhook JSON Schema's `$comment` gives for loading it in ajv's strict mode
// (`ajv.addVocabulary([...]);`), exactly as written there; both ajv scripts run it.

/** The documented line; throws when the schema's `$comment` has none. */
export function documentedLine(schema) {
  const line = String(schema.$comment ?? "").match(/ajv\.addVocabulary\(\[[^\]]*\]\);/)?.[0];
  if (line === undefined) {
    throw new Error(`${schema.$id}: its $comment gives no ajv.addVocabulary line`);
  }
  return line;
}
