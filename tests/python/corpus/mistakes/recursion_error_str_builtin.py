# __str__ calling str(self): CPython counts the str() call itself while __str__ is not yet specialised (its first eight runs)
class Node:
    def __init__(self, val):
        self.val = val

    def __str__(self):
        return "Node(" + str(self) + ")"

print(Node(1))
