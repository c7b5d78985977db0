import json

data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "address": {"city": "Oslo", "zip": None}, "active": True, "score": 9.5}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=0))
print(json.dumps("café ☕"), json.dumps("café", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("nan"), -0.0, 1e100, 0.1]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps({}, indent=2), json.dumps([], indent=2))
