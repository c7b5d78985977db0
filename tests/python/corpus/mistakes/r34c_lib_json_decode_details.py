# Parsing hand-written JSON with a trailing comma and reading the error fields
import json

text = '{\n  "name": "ana",\n  "tags": ["a", "b",],\n}'
try:
    json.loads(text)
except json.JSONDecodeError as e:
    print("msg:", e.msg)
    print("line", e.lineno, "col", e.colno, "pos", e.pos)
    print(repr(text[e.pos - 5:e.pos + 1]))
json.loads('{"ok": true}  {"extra": 1}')
