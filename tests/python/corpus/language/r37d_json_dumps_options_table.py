# json.dumps options compared: indent strings, separators, sort_keys, default hook, skipkeys, tuple keys.
import json
from datetime import date
from decimal import Decimal

record = {"b": [1, 2, {"z": None, "a": True}], "a": "é", 3: 4.0, 1.5: "float key", None: "none", False: 0}
print(json.dumps(record))
print(json.dumps(record, indent="\t", sort_keys=False, ensure_ascii=False))
print(json.dumps({"x": [1, 2]}, indent=0))
print(json.dumps([1, [2, [3]]], separators=(",", ":"), indent=2))
def default(o):
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"can't serialise {type(o).__name__}")
print(json.dumps({"d": date(2024, 5, 1), "m": Decimal("1.10"), "s": {3, 1}}, default=default))
print(json.dumps({(1, 2): "tuple"}, skipkeys=True), json.dumps("tab\tquote\"\u2028"))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([float("nan"), 1e100, 10**20, -0.0, 1.0]))
try:
    json.loads(json.dumps({"k": [1, 2]}) + "x")
except json.JSONDecodeError as e:
    print(e)
json.dumps({"self": record, "bad": b"bytes"})
