# Parsing JSON into objects with object_hook, object_pairs_hook, parse_float and parse_int.
import json
from decimal import Decimal
from collections import OrderedDict
from types import SimpleNamespace

raw = '{"name": "widget", "price": 19.99, "tags": ["a", "b"], "dims": {"w": 3, "h": 4.50}, "name": "gadget"}'
print(json.loads(raw))
print(json.loads(raw, object_pairs_hook=list))
ns = json.loads(raw, object_hook=lambda d: SimpleNamespace(**d))
print(ns.name, ns.dims.w, ns.dims.h, ns.tags)
print(json.loads(raw, parse_float=Decimal)["price"] + Decimal("0.01"))
print(json.loads("[1, 2, 3.0]", parse_int=lambda s: int(s) * 10))
od = json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
print(od, type(od).__name__)
print(json.dumps(od, separators=(",", ":")), json.dumps(od, sort_keys=True, indent=1))
print(json.loads('"\\u00e9\\n"'), json.dumps("é\n"), json.dumps("é", ensure_ascii=False))
print(json.loads("NaN"), json.loads("-Infinity"), json.dumps(float("inf")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(e.msg, e.lineno, e.colno, e.pos)
