import json
from datetime import date
from fractions import Fraction

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Fraction):
            return [o.numerator, o.denominator]
        return super().default(o)

data = {"when": date(2024, 5, 17), "ratio": Fraction(3, 4), "n": [1, 2]}
text = json.dumps(data, cls=Enc, sort_keys=True)
print(text)
print(Enc(indent=2, separators=(",", " = ")).encode({"a": [1, {"b": None}]}))
print("".join(Enc().iterencode([1, "x"])), Enc().encode("plain"))
e = json.JSONEncoder(sort_keys=True)
print(e.item_separator, e.key_separator, e.encode({"b": 1, "a": 2}))
try:
    json.dumps({"x": object}, cls=Enc)
except TypeError as err:
    print("TypeError:", err)
def hook(d):
    return date.fromisoformat(d["__date__"]) if "__date__" in d else d
print(json.loads(text, object_hook=hook))
dec = json.JSONDecoder(parse_constant=lambda c: f"<{c}>", parse_int=float)
print(dec.decode('[NaN, -Infinity, 7, 2.5]'))
print(dec.raw_decode('{"a": 1} trailing', 0))
print(json.JSONDecoder().raw_decode('xx[1, 2]yy', 2))
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as err:
    print("JSONDecodeError:", err)
print(repr(json.loads('"tab\there"', strict=False)))
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=lambda pairs: sorted(pairs), **kw)
print(json.loads('{"z": 1, "a": {"y": 2, "b": 3}}', cls=Dec))
try:
    json.JSONDecoder().raw_decode('  [1]')
except json.JSONDecodeError as err:
    print("JSONDecodeError:", err)
print(type(json.JSONDecodeError("m", "doc", 1)).__module__, json.JSONEncoder.__module__, json.JSONDecoder.__module__)
