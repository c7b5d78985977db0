import json

docs = ['{"a": 1, "b": [true, false, null]}', "[1, 2.5, -3e2, \"x\"]", '"\\u00e9\\n"', "  42  ", "NaN", "-Infinity"]
for d in docs:
    print(repr(json.loads(d)))
bad = ["{'a': 1}", '{"a": 1,}', "[1, 2", "", "tru", '{"a" 1}', "[1] extra", '"unterminated', '{"a":1}{"b":2}', "01", '"\\x"']
for d in bad:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(f"{d!r:>20}: {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
try:
    json.loads('{\n  "a": 1,\n  "b": oops\n}')
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.loads('{"a": 1, "a": 2}'))
