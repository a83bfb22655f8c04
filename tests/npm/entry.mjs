// The package from an ES module: named imports from "gymhook". Prints what it answered as JSON (the same
// as entry.cjs, from the same engine).
import { createRequire } from "node:module";
import * as gymhook from "gymhook";
import { check, verifyPerfectGymSignature, generate, GymhookError, MAX_INPUT_BYTES } from "gymhook";

const { scenario } = createRequire(import.meta.url)("./scenario.cjs");
const named = { check, verifyPerfectGymSignature, generate, GymhookError, MAX_INPUT_BYTES };
for (const [name, value] of Object.entries(named)) {
  if (gymhook[name] !== value) {
    throw new Error(`the namespace's ${name} is not the named import`);
  }
}
// One engine for both entries: the ES module re-exports the CommonJS functions.
if (createRequire(import.meta.url)("gymhook").check !== check) {
  throw new Error("import and require give different engines");
}
process.stdout.write(JSON.stringify(scenario(named)));
