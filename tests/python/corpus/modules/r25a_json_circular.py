import json

a = {"name": "loop"}
a["self"] = a
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(float("nan")))
print(json.dumps([float("nan")], allow_nan=False))
