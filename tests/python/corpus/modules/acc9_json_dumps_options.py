# json.dumps with indent, sort_keys, separators, default=, and json.loads of what was written.
import json
data = {"name": "factorial", "values": [1, 1, 2, 6, 24], "meta": {"b": True, "a": None, "pi": 3.14159}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps(data["values"], indent=0))
print(json.dumps("é\u2028\x01", ensure_ascii=True), json.dumps("é", ensure_ascii=False), json.dumps(1e100), json.dumps(10**20))
print(json.dumps({2: "b", 1: "a", True: "t", None: "n", 1.5: "f"}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=2, separators=(",", " = ")))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Pt(1, 2)], default=lambda o: vars(o)))
try:
    json.dumps(Pt(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"a": [1, 2.0, "x", null, true]}'), json.loads("3"), json.loads('"\\u00e9"'))
print(json.dumps(float("nan")), json.dumps([]), json.dumps({"k": {}}, indent=2))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
