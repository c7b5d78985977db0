# Serialising dates with json.dumps default= that returns the wrong thing
import json
import datetime

def encode(obj):
    if isinstance(obj, datetime.date):
        return obj.isoformat()

event = {"name": "launch", "day": datetime.date(2024, 5, 1), "tags": {"x"}}
print(json.dumps({"day": datetime.date(2024, 5, 1)}, default=encode))
print(json.dumps(event, default=encode))
print(json.dumps(event, default=str, sort_keys=True))
print(json.dumps({1: "a", (1, 2): "b"}))
