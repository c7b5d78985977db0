# loading a settings string I wrote with Python-style quotes
import json

good = '{"volume": 7}'
print(json.loads(good)["volume"])
bad = "{'volume': 7}"
print(json.loads(bad))
