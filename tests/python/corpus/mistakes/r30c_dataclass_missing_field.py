# Creating a dataclass instance with a field missing.
from dataclasses import dataclass

@dataclass
class Book:
    title: str
    author: str
    pages: int

print(Book("Dune", "Herbert", 412))
print(Book("Emma", pages=300))
