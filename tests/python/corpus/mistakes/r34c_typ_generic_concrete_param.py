# Declaring a generic class with a concrete type instead of a TypeVar
from typing import Generic

class Registry(Generic[str]):
    def __init__(self):
        self.items = []

r = Registry()
print(r.items)
