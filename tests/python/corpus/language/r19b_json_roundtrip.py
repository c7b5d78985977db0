# JSON round trip: custom encoder/decoder for dates, sets and dataclasses
import json
from dataclasses import dataclass, asdict, is_dataclass
from datetime import date, datetime

@dataclass
class Book:
    title: str
    year: int
    tags: set
    published: date

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return {"__set__": sorted(o)}
        if is_dataclass(o):
            return {"__book__": asdict(o)}
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__set__" in d:
        return set(d["__set__"])
    if "__book__" in d:
        return Book(**d["__book__"])
    return d

books = [Book("Dune", 1965, {"scifi", "classic"}, date(1965, 8, 1)),
         Book("Emma", 1815, set(), date(1815, 12, 23))]
text = json.dumps({"books": books, "count": len(books)}, cls=Encoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back["books"][0] == books[0], back["books"][1].published.year, sorted(back["books"][0].tags))
print(json.dumps(books[1], default=lambda o: o.__dict__ if not isinstance(o, (set, date)) else str(o)))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1, 2]", parse_int=str), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"x": 1.5}', parse_float=lambda s: f"<{s}>"), json.loads("NaN"), json.dumps("😀"))
print(json.dumps({"b": [1, {"c": None}], "a": (1, 2)}, indent=0), json.dumps({"k": "v"}, indent=4, separators=(",", " = ")))
pairs = json.loads('{"z": 1, "y": 2}', object_pairs_hook=list)
print(pairs)
for bad in ['{"a" 1}', "[1, 2", "tru", "", '{"a": 01}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:>10}: {e.msg} (line {e.lineno}, col {e.colno})")
json.dumps({"when": datetime(2024, 1, 1)})
