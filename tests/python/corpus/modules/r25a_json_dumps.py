import json

data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None,
        "score": 9.5, "nested": {"z": 1, "a": [1, 2, {"k": "v"}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2], indent="\t"))
print(json.dumps("héllo ✓"), json.dumps("héllo ✓", ensure_ascii=False))
print(json.dumps({1: "one", 2.5: "x", True: "t", None: "n"}))
print(json.dumps((1, 2)), json.dumps(float("inf")), json.dumps(1e20), json.dumps(0.1))
print(json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps([[]], indent=1))
print(json.dumps("a\"b\\c\n\t\x01"))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(", ", ": ")))
