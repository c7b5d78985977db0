# json.dumps with indent and sort_keys, loads, non-string keys, and a decode error
import json

data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None,
        "active": True, "dims": {"w": 2, "h": 3.5}, 3: "three"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, separators=(",", ":")))
print(json.dumps("caf\u00e9 \u2603"), json.dumps("caf\u00e9", ensure_ascii=False))
back = json.loads('{"x": [1, 2.5, null, true], "y": "\\u00e9"}')
print(back, type(back["x"][1]).__name__)
print(json.loads("[1e3, -0, 1.0]"), json.dumps(float("inf")), json.dumps((1, 2)))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
json.loads('{"a": 1,}')
