// Validates an OpenAPI document read from stdin with @seriousme/openapi-schema-validator (an ES
// module, so it runs in its own process rather than under jest's CommonJS loader). Prints the
// validator's verdict as one JSON line: {"valid":bool,"version":"3.1","errors":[...]}.
import { Validator } from '@seriousme/openapi-schema-validator';

let text = '';
for await (const chunk of process.stdin) text += chunk;
const validator = new Validator();
const res = await validator.validate(JSON.parse(text));
process.stdout.write(JSON.stringify({ valid: res.valid, version: validator.version, errors: res.errors ?? [] }) + '\n');
