# A __repr__ that calls repr(self) and recurses forever.
class Node:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Node({self!r})"

print(Node(1).value)
print(Node(1))
