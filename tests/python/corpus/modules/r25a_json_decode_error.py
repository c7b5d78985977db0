import json

good = '{"name": "Ann"}'
print(json.loads(good)["name"])
bad = "{'name': 'Ann'}"
try:
    json.loads(bad)
except json.JSONDecodeError as e:
    print("bad json:", e)
    print(e.msg, e.pos, e.lineno, e.colno)
for text in ['[1, 2,]', '{"a" 1}', '', '[1] x', '"abc', '{"a": tru}', '01']:
    try:
        json.loads(text)
    except ValueError as e:
        print(repr(text), "->", e)
json.loads('{"items": [1, 2, 3,]}')
