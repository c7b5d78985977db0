# json.dumps and json.loads of plain data: CPython's text (indent, sort_keys, separators, ensure_ascii) and its errors.
import json
data = {'name': 'Ann', 'scores': [90, 85.5, None], 'active': True, 'tags': ('a', 'b'), 'note': 'café "quoted"\n'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
text = json.dumps(data)
back = json.loads(text)
print(back, back == data)
print(json.loads('[1, 2.0, -3e2, "\\u00e9\\ud83d\\ude00", {"a": {}}, [], true, false, null]'))
for bad in ['', '{"a": 1,}', "{'a': 1}", '[1, 2', '{"a" 1}', 'tru', '"abc', '[1] x', '{"a":\n  nope}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [{1, 2}, {(1, 2): 'x'}, float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(json.JSONDecodeError('m', 'd', 0), ValueError), json.JSONDecodeError.__module__)
json.loads('{"name": "Ann", "age": }')
