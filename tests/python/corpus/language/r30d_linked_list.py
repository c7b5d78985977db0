# A singly linked list with __iter__, __len__, __repr__, append, reverse and __getitem__
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value, self.next = value, next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for it in items:
            self.append(it)

    def append(self, value):
        node = Node(value)
        if not self.head:
            self.head = node
            return
        cur = self.head
        while cur.next:
            cur = cur.next
        cur.next = node

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return sum(1 for _ in self)

    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError(f"index {i} out of range for length {len(self)}")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"


ll = LinkedList("abc")
ll.append(4)
print(ll, len(ll), ll[2], list(ll))
ll.reverse()
print(ll, LinkedList())
print(ll[9])
