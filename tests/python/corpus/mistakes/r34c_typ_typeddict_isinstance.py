# Checking incoming JSON against a TypedDict with isinstance
from typing import TypedDict

class Movie(TypedDict):
    title: str
    year: int

m: Movie = {"title": "Alien", "year": 1979}
print(m["title"], type(m).__name__)
if isinstance(m, Movie):
    print("valid movie")
