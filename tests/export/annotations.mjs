// The `x-` annotation keywords of gymhook's exported schemas (x-provenance, x-personal, ...), collected from
// the documents so a strict ajv can declare them as a vocabulary instead of switching strict mode off.

/** Every key starting with `x-` anywhere in `node`. */
export function annotationKeywords(node, found = new Set()) {
  if (Array.isArray(node)) node.forEach((item) => annotationKeywords(item, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      // `properties` and `$defs` keys are names, not keywords; their values are schemas.
      annotationKeywords(value, found);
    }
  }
  return found;
}
