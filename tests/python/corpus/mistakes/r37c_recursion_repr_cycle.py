# a linked list node whose repr prints the next node; the list is circular
class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
    def __repr__(self):
        return f"Node({self.val}) -> {self.next!r}"

a, b = Node(1), Node(2)
a.next = b
print(a)
b.next = a
print(a)
