# TypedDict with optional keys: what the class knows and what a dict really is.
from typing import TypedDict, NotRequired, Required, get_type_hints

class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]

class Draft(TypedDict, total=False):
    title: Required[str]
    notes: str

m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Draft.__required_keys__), sorted(Draft.__optional_keys__))
print(Movie.__total__, Draft.__total__)
print(Movie(title="Heat", year=1995, rating=8.3))
hints = get_type_hints(Movie)
print({k: v.__name__ for k, v in hints.items()})
print(Movie.__annotations__["rating"])
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
d = Draft(title="x")
d["notes"] = "later"
print(d, len(d))
