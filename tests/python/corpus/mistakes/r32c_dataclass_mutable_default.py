# A dataclass with a list as its default value.
from dataclasses import dataclass

@dataclass
class Basket:
    owner: str
    items: list = []

b = Basket("ann")
print(b)
