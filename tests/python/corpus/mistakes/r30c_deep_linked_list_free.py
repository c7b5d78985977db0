# A very long linked list of objects, dropped all at once.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = None
for i in range(200000):
    head = Node(i, head)
print("head value", head.value)
head = None
print("list dropped")
