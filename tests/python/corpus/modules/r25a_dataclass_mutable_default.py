from dataclasses import dataclass

print("defining")

@dataclass
class Cart:
    owner: str
    items: list = []

print(Cart("ann"))
