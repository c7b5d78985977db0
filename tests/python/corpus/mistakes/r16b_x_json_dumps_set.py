# json.dumps of a set and of a dataclass
import json

print(json.dumps({"tags": ["a", "b"]}))
print(json.dumps({"tags": {1, 2}}))
