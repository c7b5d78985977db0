# A dataclass with a non-default field after a default one.
from dataclasses import dataclass

@dataclass
class Item:
    name: str
    price: float = 0.0
    quantity: int

print(Item("pen", 1.0, 3))
