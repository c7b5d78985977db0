import json
from datetime import date
from dataclasses import dataclass, asdict

@dataclass
class Point:
    x: int
    y: int

def encode(obj):
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, set):
        return sorted(obj)
    if isinstance(obj, Point):
        return asdict(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")

payload = {"when": date(2024, 2, 29), "ids": {3, 1, 2}, "at": Point(1, 2)}
print(json.dumps(payload, default=encode, sort_keys=True))
try:
    json.dumps({"x": object.__new__(type("Thing", (), {}))}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"d": date(2020, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"z": 1 + 2j}, cls=Enc))
print(Enc(indent=1).encode([1]))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))
