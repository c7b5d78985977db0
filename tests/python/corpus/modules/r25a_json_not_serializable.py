import json

payload = {"id": 7, "tags": {"async", "io"}}
print(json.dumps({"id": 7}))
print(json.dumps(payload))
