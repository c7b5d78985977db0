# Parsing JSON written with single quotes.
import json
good = '{"name": "Ada", "langs": ["py"]}'
print(json.loads(good)["langs"])
bad = "{'name': 'Ada'}"
print(json.loads(bad))
