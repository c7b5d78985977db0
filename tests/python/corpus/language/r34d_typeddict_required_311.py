# TypedDict with Required/NotRequired (3.11), total=False, inheritance and the key sets
from typing import TypedDict, Required, NotRequired, get_type_hints

class Movie(TypedDict):
    title: str
    year: NotRequired[int]

class Options(TypedDict, total=False):
    verbose: bool
    name: Required[str]

class Sequel(Movie):
    prequel: str

print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Options.__required_keys__), sorted(Options.__optional_keys__), Options.__total__)
print(sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__))
m: Movie = {"title": "Up"}
print(m, type(m).__name__, Movie(title="Cars", year=2006))
print(get_type_hints(Movie))
print(get_type_hints(Movie, include_extras=True))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
