// Adds to a Portman configuration, for every operation of an OpenAPI 3.0 document, one
// variation per request-body property set to a value of the wrong JSON type and one per
// query parameter set to a value its schema refuses, each expecting a documented 400; and
// one per path parameter set to a name nothing has, expecting a documented 404. Portman's
// own fuzzing covers required fields, minimum, maximum, minLength and maxLength; it has no
// wrong-type option.
//
// usage: node wrong-types.js openapi.json portman-config.json > generated-config.json
'use strict';

const fs = require('fs');

const [documentFile, configFile] = process.argv.slice(2);
const document = JSON.parse(fs.readFileSync(documentFile, 'utf8'));
const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));

function resolve(schema) {
  let current = schema || {};
  const seen = new Set();
  while (current.$ref && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((node, key) => (node || {})[key], document) || {};
  }
  // a nullable reference: allOf [ref], or anyOf [ref, only null]
  const parts = current.allOf || current.anyOf;
  if (parts && !current.type) {
    const referenced = parts.find((part) => part.$ref);
    if (referenced) {
      return resolve(referenced);
    }
  }
  return current;
}

// A value no schema of this type accepts: a string for a number, a boolean or an object;
// a number for a string or an array.
function wrongValue(schema) {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'not a boolean';
    case 'object':
      return 'not an object';
    case 'array':
      return 12345;
    case 'string':
      return schema.enum ? 'no-such-choice' : 12345;
    default:
      return undefined;
  }
}

// Dotted keys of the properties, one level of nesting deep, with their schemas.
function properties(schema, prefix, depth) {
  const resolved = resolve(schema);
  const found = [];
  for (const [name, property] of Object.entries(resolved.properties || {})) {
    const key = prefix ? `${prefix}.${name}` : name;
    const target = resolve(property);
    found.push([key, target]);
    if (depth > 0 && target.type === 'object' && target.properties) {
      found.push(...properties(target, key, depth - 1));
    }
  }
  return found;
}

const contractTests = [
  { statusCode: { enabled: true } },
  { contentType: { enabled: true } },
  { jsonBody: { enabled: true } },
  { schemaValidation: { enabled: true } },
];

const variationTests = [];
for (const [path, item] of Object.entries(document.paths || {})) {
  for (const [method, operation] of Object.entries(item)) {
    const responses = operation.responses || {};
    const target = operation.operationId
      ? { openApiOperationId: operation.operationId }
      : { openApiOperation: `${method.toUpperCase()}::${path}` };
    const refused = [];
    const json = ((operation.requestBody || {}).content || {})['application/json'];
    if (json && json.schema) {
      for (const [key, schema] of properties(json.schema, '', 1)) {
        const value = wrongValue(schema);
        if (value !== undefined) {
          refused.push({
            name: `Wrong type ${key}`,
            overwrites: [{ overwriteRequestBody: [{ key, value, overwrite: true }] }],
            tests: { contractTests },
          });
        }
      }
    }
    const notFound = [];
    for (const parameter of operation.parameters || []) {
      const schema = resolve(parameter.schema);
      if (parameter.in === 'query') {
        const value = wrongValue(schema);
        if (value !== undefined) {
          refused.push({
            name: `Refused query ${parameter.name}`,
            overwrites: [{ overwriteRequestQueryParams: [{ key: parameter.name, value: String(value), overwrite: true }] }],
            tests: { contractTests },
          });
        }
      }
      if (parameter.in === 'path' && !schema.enum) {
        notFound.push({
          name: `Unknown ${parameter.name}`,
          overwrites: [{ overwriteRequestPathVariables: [{ key: parameter.name, value: 'no-such-thing', overwrite: true }] }],
          tests: { contractTests },
        });
      }
    }
    if (refused.length > 0 && responses['400']) {
      variationTests.push({ ...target, openApiResponse: '400', variations: refused });
    }
    if (notFound.length > 0 && responses['404']) {
      variationTests.push({ ...target, openApiResponse: '404', variations: notFound });
    }
  }
}

config.tests.variationTests = (config.tests.variationTests || []).concat(variationTests);
process.stdout.write(JSON.stringify(config, null, 2) + '\n');
