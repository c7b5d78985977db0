# JSON with a trailing comma, caught and reported.
import json
text = '{"a": 1, "b": 2,}'
try:
    json.loads(text)
except json.JSONDecodeError as e:
    print("error:", e.msg, "at line", e.lineno, "col", e.colno, "pos", e.pos)
json.loads("[1, 2")
