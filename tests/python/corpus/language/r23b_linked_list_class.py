class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for item in reversed(list(iterable)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for idx, v in enumerate(self):
            if idx == i:
                return v
        raise IndexError(f"index {i} out of range")
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __reversed__(self):
        return reversed(list(self))
    def __contains__(self, v):
        print("  (custom contains)")
        return any(x == v for x in self)

ll = LinkedList("abc")
print(ll, len(ll), ll[0], ll[-1], list(reversed(ll)), "b" in ll)
ll.push("z")
print(ll.pop(), ll.pop(), ll, bool(ll))
print(sorted(LinkedList([3, 1, 2])), max(LinkedList([5, 9])), list(enumerate(ll)))
while ll:
    ll.pop()
print(ll, bool(ll))
ll.pop()
