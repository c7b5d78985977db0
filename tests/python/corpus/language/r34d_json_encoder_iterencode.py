# A JSONEncoder subclass for sets, dates and Decimals; iterencode chunks; ensure_ascii off
import json
from datetime import date
from decimal import Decimal

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)

def decode_hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d

doc = {"ids": {3, 1, 2}, "when": date(2024, 2, 29), "price": Decimal("9.90"), "city": "Zürich"}
text = json.dumps(doc, cls=Encoder)
print(text)
print(json.dumps(doc, cls=Encoder, ensure_ascii=False, indent=2))
back = json.loads(text, object_hook=decode_hook)
print(back["when"], type(back["when"]).__name__, back["ids"])
chunks = list(Encoder().iterencode({"a": [1, 2]}))
print(chunks)
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({1: "int key", True: "bool", None: "none", 2.5: "float"}))
try:
    json.dumps({"o": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "x", "k": 1}, skipkeys=True))
