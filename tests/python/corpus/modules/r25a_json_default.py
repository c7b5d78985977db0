import json
from datetime import date
from decimal import Decimal

def encode(obj):
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, set):
        return sorted(obj)
    if isinstance(obj, Decimal):
        return str(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")

record = {"when": date(2024, 3, 1), "ids": {3, 1, 2}, "price": Decimal("9.99")}
print(json.dumps(record, default=encode))
print(json.dumps(record, default=str, indent=1))

class Pt:
    def __init__(self):
        self.x, self.y = 1, 2

print(json.dumps(Pt(), default=lambda o: o.__dict__))
print(json.dumps({"p": Pt()}, default=encode))
