# Decoding JSON into objects with object_hook, object_pairs_hook and parse_float
import json
from decimal import Decimal

text = '{"name": "Widget", "price": 19.99, "tags": ["a", "b"], "dims": {"w": 2, "h": 3}, "name": "Gadget"}'

print(json.loads(text))
print(json.loads(text, object_pairs_hook=list))
print(json.loads(text, parse_float=Decimal)["price"])

class Obj:
    def __init__(self, d):
        self.__dict__.update(d)
    def __repr__(self):
        return "Obj(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"

o = json.loads(text, object_hook=Obj)
print(o)
print(o.dims.w * o.dims.h)
print(json.loads("[1, 2.0, 3e2, null, true]", parse_int=str))
print(json.dumps({"b": [1, 2], "a": None}, separators=(",", ":"), sort_keys=True))
print(json.dumps({"x": float("inf")}))
try:
    json.dumps({"x": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
