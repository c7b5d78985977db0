# JSON with a default= function for dataclasses and dates, and an object_hook to decode
import json
from dataclasses import dataclass, asdict
from datetime import date


@dataclass
class Task:
    title: str
    due: date
    done: bool = False


def encode(obj):
    if isinstance(obj, date):
        return {"__date__": obj.isoformat()}
    if hasattr(obj, "__dataclass_fields__"):
        return asdict(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


def decode(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


tasks = [Task("write", date(2024, 5, 1)), Task("review", date(2024, 5, 3), True)]
text = json.dumps(tasks, default=encode, indent=1)
print(text)
back = json.loads(text, object_hook=decode)
print(back[0]["due"], repr(back[1]["due"]))
print(json.dumps({"when": date(2020, 1, 1)}, default=str))
json.dumps(object, default=encode)
