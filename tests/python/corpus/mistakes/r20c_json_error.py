# json decode error: module-qualified exception name
import json
print(json.loads('{"a": 1}'))
try:
    json.loads("{'a': 1}")
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
json.loads('[1, 2,]')
