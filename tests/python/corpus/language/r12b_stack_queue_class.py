class Queue:
    def __init__(self, items=None):
        self._in = list(items or [])
        self._out = []
    def put(self, x):
        self._in.append(x)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("get from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
    def __bool__(self):
        return len(self) > 0
    def __iter__(self):
        yield from reversed(self._out)
        yield from self._in
    def __repr__(self):
        return f"Queue({list(self)})"
    def __eq__(self, other):
        return list(self) == list(other)

q = Queue([1, 2])
q.put(3)
print(q, len(q), q.get(), q)
q.put(4)
print(list(q), q == [2, 3, 4], q == Queue([2, 3, 4]), bool(q))
while q:
    print("got", q.get())
print(bool(q), repr(q), q == [])
print(hash(q))
