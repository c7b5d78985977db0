# Asking for type hints that name a class defined nowhere
from typing import get_type_hints

class Node:
    def __init__(self, value: int, parent: "Tree" = None):
        self.value = value
        self.parent = parent

print(Node(1).value)
print(get_type_hints(Node.__init__))
