# An AttributeError on None deep in method calls.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def last(self):
        node = self
        while node.next.next is not None:
            node = node.next
        return node.next

    def describe(self):
        return f"last is {self.last().value}"

print(Node(1, Node(2, Node(3))).describe())
print(Node(1).describe())
