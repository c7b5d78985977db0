# json: dumps with indent and sort_keys, loads, custom default, and a decode error
import json
from dataclasses import dataclass, asdict

data = {"name": "Widget", "tags": ["a", "b"], "price": 9.99, "stock": None,
        "active": True, "dims": {"w": 2, "h": 3.0}, "ünï": "çödé"}
text = json.dumps(data, indent=2, sort_keys=True)
print(text)
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(text)
print(back == data, type(back["dims"]["h"]).__name__)
print(json.dumps([1, (2, 3), {"k": float("inf")}]), json.dumps({1: "a", True: "b"}))


@dataclass
class P:
    x: int


print(json.dumps({"p": P(1)}, default=asdict))
print(json.loads('[1, 2.5, "x", null, false]'), json.loads('"\\u00e9"'))
print(json.dumps("tab\tquote\""), json.dumps(3.0), json.dumps(1e100))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
json.loads('{"a": 1,}')
