# Writing a union type with | where one side is a string forward reference
class Leaf:
    pass

def size(node: Leaf | None) -> int:
    return 0 if node is None else 1

print(size(None))

def walk(node: "Branch" | Leaf) -> int:
    return 1
