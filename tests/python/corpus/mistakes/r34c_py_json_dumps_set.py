# Saving tags as JSON while they are stored in a set
import json

record = {"id": 7, "tags": {"async"}}
print(json.dumps({"id": 7, "tags": ["async"]}))
print(json.dumps(record))
