# A singly linked list with append, __iter__, __len__, __contains__, __reversed__ and __repr__
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value, self.next = value, next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in items:
            self.append(x)

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._len

    def __reversed__(self):
        return reversed(list(self))

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev


ll = LinkedList("abc")
ll.append(4)
print(ll, len(ll), "b" in ll, 5 in ll, list(reversed(ll)), LinkedList())
ll.reverse()
print(ll, [x * 2 for x in ll], max(LinkedList([3, 9, 2])))
print(next(iter(LinkedList())))
