# TypedDict: class and functional forms, total, Required/NotRequired, it is a plain dict.
from typing import TypedDict

class Movie(TypedDict):
    title: str
    year: int

class Draft(TypedDict, total=False):
    title: str
    notes: list

Point = TypedDict("Point", {"x": int, "y": int})

m: Movie = {"title": "Up", "year": 2009}
m2 = Movie(title="Heat", year=1995)
print(m, m2, type(m2) is dict, type(m2).__name__)
d: Draft = {}
d["title"] = "x"
print(d, Draft.__total__, Movie.__total__, sorted(Draft.__optional_keys__), sorted(Movie.__required_keys__))
p = Point(x=1, y=2)
print(p, Point.__name__, list(Point.__annotations__))
print(Movie.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
m2["rating"] = 5
print(m2)
