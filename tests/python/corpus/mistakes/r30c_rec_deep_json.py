# json.dumps of a very deeply nested structure.
import json
data = {}
node = data
for i in range(3000):
    node["child"] = {}
    node = node["child"]
print(len(json.dumps({"a": {"b": 1}})))
print(len(json.dumps(data)))
