# reprlib: shortened reprs of big values, a Repr of one's own, and recursive_repr
import reprlib
from collections import deque

print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(2 ** 200))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(()))
print(reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(frozenset()), reprlib.repr({'a', 'b'}))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.fillvalue = '…'
print(r.repr([1, 2, 3, 4]), r.repr('abcdefghijklmnop'), r.repr(list(range(3))))

class Node:
    def __init__(self, v):
        self.v, self.next = v, self

    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.v}, {self.next!r})'

print(Node(1), Node.__repr__.__name__, Node.__repr__.__qualname__)

class Wide:
    def __repr__(self):
        return 'W' * 50

print(reprlib.repr(Wide()), reprlib.aRepr.maxother, reprlib.__all__)
print(reprlib.repr(deque(range(10))), reprlib.repr(3.5), reprlib.repr(None))
print(reprlib.repr({'b': [1] * 9, 'a': {'x': (1, 2, 3, 4, 5, 6, 7)}}))
