import json

data = {"x": 1}
print(json.dumps(data))
parsed = json.loads(data)
print(parsed)
