// The package from CommonJS: require("gymhook") and every export. Prints what it answered as JSON (the
// ES-module twin, entry.mjs, must print the same).
"use strict";

const gymhook = require("gymhook");
const { scenario } = require("./scenario.cjs");

process.stdout.write(JSON.stringify(scenario(gymhook)));
