# json options: indent with tabs, object_pairs_hook, parse_float=Decimal, a JSONEncoder subclass
import json
from collections import OrderedDict
from decimal import Decimal


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


doc = '{"price": 19.99, "qty": 3, "tags": ["x"], "nested": {"b": 1, "a": 2}, "big": 12345678901234567890}'
print(json.loads(doc, parse_float=Decimal)["price"] * 3)
print(json.loads(doc, object_pairs_hook=OrderedDict)["nested"])
print(json.loads(doc, object_pairs_hook=lambda pairs: [k for k, _ in pairs]))
print(json.dumps({"a": [1, {"b": None}]}, indent="\t"))
print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder), json.dumps([1, 2], indent=0))
print(json.dumps({"k": 1.0, "n": -0.0, "e": 1e100, "t": 1e-7}), json.dumps("\x00\u2028"))
print(json.dumps(None), json.dumps({None: 1, True: 2, 1.5: 3}), json.loads('"\\ud83d\\ude00"'))
print(json.loads("NaN"), json.loads("[Infinity]"), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
json.dumps({"x": Decimal("1.5")}, cls=SetEncoder)
