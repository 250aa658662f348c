"""Checks openapi/openapi.json with a toolchain that did not generate it: Python's `re` and Debian's python3-jsonschema.

The document is built by Node (Zod, @fastify/swagger) and linted by Node tools (Redocly, Spectral), which all read
patterns as JavaScript regular expressions. Validators in other languages compile them with their own engines; this
script is what one of them sees:

1. every `pattern` compiles with Python's `re`, and uses no escape whose meaning differs between ECMA-262 and
   Python or Java (\\d \\w \\s \\b match Unicode in Python's `re` but ASCII in ECMA-262; \\p{...} is not `re` syntax);
2. every schema in the document (components, parameters, headers, media types, NDJSON x-itemSchema) is a valid
   JSON Schema 2020-12 schema by the metaschema, with `format: regex` checked, so `re` must accept each pattern;
3. every `$ref` resolves within the document;
4. every example (schema `example` / `examples`, parameter, header and media type `example` / `examples`) validates
   against the schema it illustrates, references resolved within the document, formats checked where jsonschema can.

Run with Debian's interpreter, which sees Debian's package: /usr/bin/python3 scripts/check-openapi.py [document].
Exits 1 and lists every failure when anything is wrong.
"""

import json
import re
import sys
from importlib.metadata import version
from pathlib import Path

try:
    import jsonschema
    from jsonschema import Draft202012Validator, FormatChecker, RefResolver
except ImportError:  # pragma: no cover - the CI installs it
    sys.exit("python3-jsonschema is missing: apt-get install -y python3-jsonschema, then run with /usr/bin/python3")

DOCUMENT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "openapi/openapi.json")
# Escapes that compile in both engines but match different characters, or do not compile in `re`.
NON_PORTABLE = re.compile(r"\\[dDwWsSbBpP]")
SCHEMA_KEYWORDS = {"type", "$ref", "properties", "anyOf", "allOf", "oneOf", "enum", "const", "format", "items", "pattern"}

failures = []


def pointer(*segments):
    return "#/" + "/".join(str(s).replace("~", "~0").replace("/", "~1") for s in segments)


def walk(node, path=()):
    """Every (path, node) pair of the document, depth first."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, path + (index,))


def is_data(path):
    """Inside an example or a default value: data, not schema."""
    return any(segment in ("example", "examples", "default", "const", "enum") for segment in path[:-1] if isinstance(segment, str))


document = json.loads(DOCUMENT.read_text(encoding="utf-8"))
resolver = RefResolver(base_uri="", referrer=document)
format_checker = FormatChecker()
metaschema = Draft202012Validator(Draft202012Validator.META_SCHEMA, format_checker=format_checker)

# 1. Patterns.
patterns = 0
for path, node in walk(document):
    if path and path[-1] == "pattern" and isinstance(node, str) and not is_data(path):
        patterns += 1
        try:
            re.compile(node)
        except re.error as error:
            failures.append(f"{pointer(*path)}: Python's re refuses {node!r}: {error}")
        if NON_PORTABLE.search(node):
            failures.append(f"{pointer(*path)}: {node!r} uses {NON_PORTABLE.search(node).group(0)}, which Python, Java and ECMA-262 read differently")

# 2. Schemas against the 2020-12 metaschema.
schema_roots = []
for name, schema in document.get("components", {}).get("schemas", {}).items():
    schema_roots.append((("components", "schemas", name), schema))
for path, node in walk(document.get("paths", {}), ("paths",)):
    if isinstance(node, dict) and not is_data(path):
        if isinstance(node.get("schema"), dict):
            schema_roots.append((path + ("schema",), node["schema"]))
        if isinstance(node.get("x-itemSchema"), dict):
            schema_roots.append((path + ("x-itemSchema",), node["x-itemSchema"]))
for name, header in document.get("components", {}).get("headers", {}).items():
    schema_roots.append((("components", "headers", name, "schema"), header["schema"]))
for path, schema in schema_roots:
    for error in metaschema.iter_errors(schema):
        failures.append(f"{pointer(*path)}: not a valid JSON Schema 2020-12 schema: {error.message} at {list(error.absolute_path)}")

# 3. References.
references = 0
for path, node in walk(document):
    if path and path[-1] == "$ref" and isinstance(node, str) and not is_data(path):
        references += 1
        try:
            resolver.resolve(node)
        except jsonschema.exceptions.RefResolutionError as error:
            failures.append(f"{pointer(*path)}: $ref {node} does not resolve: {error}")


# 4. Examples against their schemas.
def validate(example_path, schema_path, value):
    validator = Draft202012Validator({"$ref": pointer(*schema_path)}, resolver=resolver, format_checker=format_checker)
    try:
        for error in validator.iter_errors(value):
            failures.append(f"{pointer(*example_path)}: the example does not match {pointer(*schema_path)}: {error.message}")
    except (re.error, jsonschema.exceptions.RefResolutionError) as error:
        # What a Python validator does with the document: it cannot validate against it at all.
        failures.append(f"{pointer(*example_path)}: validating against {pointer(*schema_path)} fails: {error!r}")


examples = 0
for path, node in walk(document):
    if not isinstance(node, dict) or is_data(path + ("",)):
        continue
    if "schema" in node and isinstance(node["schema"], dict):
        # A parameter, a header or a media type: its examples illustrate its schema.
        if "example" in node:
            examples += 1
            validate(path + ("example",), path + ("schema",), node["example"])
        if isinstance(node.get("examples"), dict):
            for name, example in node["examples"].items():
                if isinstance(example, dict) and "value" in example:
                    examples += 1
                    validate(path + ("examples", name), path + ("schema",), example["value"])
    elif SCHEMA_KEYWORDS & node.keys():
        if "example" in node:
            examples += 1
            validate(path + ("example",), path, node["example"])
        if isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                examples += 1
                validate(path + ("examples", index), path, value)

checked_formats = ", ".join(sorted(format_checker.checkers))
print(
    f"{DOCUMENT.name}: {patterns} patterns compiled with Python {sys.version.split()[0]} re; {len(schema_roots)} schemas "
    f"checked against JSON Schema 2020-12 (jsonschema {version('jsonschema')}); "
    f"{references} references resolved; {examples} examples validated (formats checked: {checked_formats})"
)
if failures:
    print(f"{len(failures)} problems:", file=sys.stderr)
    for failure in failures:
        print(f"  {failure}", file=sys.stderr)
    sys.exit(1)
