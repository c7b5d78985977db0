# Parsing JSON written with single quotes like a Python dict.
import json

good = '{"name": "ann", "tags": [1, 2]}'
print(json.loads(good)["tags"])
bad = "{'name': 'bob'}"
print(json.loads(bad))
