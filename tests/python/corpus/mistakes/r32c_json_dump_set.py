# Serialising a set and a custom object with json.dumps.
import json

data = {"ids": [3, 1, 2]}
print(json.dumps(data, indent=2))
data["tags"] = {"x"}
print(json.dumps(data))
