# json.loads of a dict written with single quotes.
import json

print(json.loads('{"a": 1}'))
data = json.loads("{'a': 1}")
print(data)
