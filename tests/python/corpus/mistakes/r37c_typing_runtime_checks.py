# checking values against type hints at runtime with isinstance
from typing import List, Protocol, TypedDict

class Movie(TypedDict):
    title: str

class Greeter(Protocol):
    def greet(self) -> str: ...

checks = [
    ("list[int]", lambda: isinstance([1], list[int])),
    ("List[int]", lambda: isinstance([1], List[int])),
    ("Movie", lambda: isinstance({"title": "x"}, Movie)),
    ("Greeter", lambda: isinstance("x", Greeter)),
    ("List()", lambda: List()),
    ("int | 'str'", lambda: int | "str"),
]
for label, check in checks:
    try:
        print(label, check())
    except TypeError as e:
        print(label, "TypeError:", e)
