# json with a custom JSONEncoder for dates and sets, and object_hook to decode them back
import json
from datetime import date, datetime


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return {"__set__": sorted(o)}
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__set__" in d:
        return set(d["__set__"])
    return d


event = {"title": "launch", "on": date(2024, 5, 17), "crew": {3, 1, 2}, "meta": None}
s = json.dumps(event, cls=Encoder, indent="\t")
print(s)
back = json.loads(s, object_hook=hook)
print(back, back == event)
print(json.loads("[1.5, 2]", parse_float=lambda x: f"F{x}"), json.loads('{"a": 1, "a": 2}'))
print(json.dumps({"b": [], "a": {}}, indent=0, sort_keys=True))
print(json.loads("NaN"), json.dumps(float("nan")), json.dumps(-0.0))
json.dumps(object(), cls=Encoder)
