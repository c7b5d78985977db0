# Dumping a set to JSON.
import json
data = {"tags": {"b"}, "n": 1}
print(json.dumps({"n": 1}))
print(json.dumps(data))
