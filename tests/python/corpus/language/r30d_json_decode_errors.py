# JSONDecodeError details (msg, pos, lineno, colno) for a learner's broken config files
import json

broken = [
    '{"name": "app", "port": 8080,}',
    "{'single': 'quotes'}",
    '{"a": 1\n "b": 2}',
    '[1, 2, 3',
    '{"x": tru}',
    '',
    '{"text": "unterminated}',
    '{"a": 1} extra',
    '{"n": 01}',
    '"\\x41"',
]
for text in broken:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(f"{e.msg:<45} pos={e.pos:<3} line={e.lineno} col={e.colno}")
print(issubclass(json.JSONDecodeError, ValueError), json.loads(' {"ok": [1.5e2, -0.0, 1E-2]} '))
print(json.loads('"\\u00e9\\n\\t\\/"'), json.loads("123.4567890123456789"), json.loads("1" * 25))
json.loads('{"deep": [1, {"x": }]}')
