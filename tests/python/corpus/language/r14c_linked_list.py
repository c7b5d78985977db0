# A singly linked list class with append, prepend, __iter__, __len__, __repr__, reverse and remove.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for x in items:
            self.append(x)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
            return
        cur = self.head
        while cur.next:
            cur = cur.next
        cur.next = node
    def prepend(self, value):
        self.head = Node(value, self.head)
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, value):
        prev, cur = None, self.head
        while cur and cur.value != value:
            prev, cur = cur, cur.next
        if cur is None:
            raise ValueError(f"{value!r} not in list")
        if prev:
            prev.next = cur.next
        else:
            self.head = cur.next

ll = LinkedList([1, 2, 3])
ll.prepend(0)
ll.append("four")
print(ll, len(ll), list(ll), 3 in ll)
ll.reverse()
print(ll)
ll.remove(0); ll.remove("four")
print(ll, LinkedList())
try:
    ll.remove(99)
except ValueError as e:
    print(e)
