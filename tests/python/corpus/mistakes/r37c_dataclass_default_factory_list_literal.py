# an inventory dataclass whose items list gets a default_factory
from dataclasses import dataclass, field

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=[])

inv = Inventory("ann")
inv.items.append("sword")
print(inv)
