# A JSON config with a trailing comma, caught and reported.
import json

text = """{
  "host": "localhost",
  "port": 8080,
}"""
try:
    json.loads(text)
except json.JSONDecodeError as e:
    print("bad config:", e.msg, "line", e.lineno, "col", e.colno)
    raise
