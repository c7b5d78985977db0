# A dataclass field without a default after one with a default
from dataclasses import dataclass

@dataclass
class Item:
    name: str
    price: float = 0.0
    quantity: int

print(Item("tea", 1.0, 2))
