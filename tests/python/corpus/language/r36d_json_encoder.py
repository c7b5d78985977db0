# Teaching json to handle dates, sets and dataclasses with a custom encoder.
import json
from dataclasses import dataclass, asdict
from datetime import date

@dataclass
class Task:
    title: str
    due: date
    tags: set

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        if hasattr(o, "__dataclass_fields__"):
            return asdict(o)
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d

t = Task("write", date(2024, 2, 29), {"b", "a"})
text = json.dumps(t, cls=MyEncoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back, type(back["due"]).__name__)
print(json.dumps([1, 2, {"k": None}], separators=(",", ":")))
print(json.dumps({"é": "ü"}), json.dumps({"é": "ü"}, ensure_ascii=False))
try:
    json.dumps({"when": object})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(t)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"a": 1.50, "b": [true, null]}', parse_float=str))
