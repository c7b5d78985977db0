class MyRange:
    def __init__(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        if step == 0:
            raise ValueError("step must not be zero")
        self.start, self.stop, self.step = start, stop, step
    def __len__(self):
        n = (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step
        return max(0, n)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("MyRange index out of range")
        return self.start + i * self.step
    def __repr__(self):
        return f"MyRange({self.start}, {self.stop}, {self.step})"
    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

for args in [(5,), (2, 10, 3), (10, 0, -3), (0, 0), (5, 1)]:
    r, real = MyRange(*args), range(*args)
    print(args, len(r) == len(real), list(r) == list(real), list(r))
r = MyRange(1, 20, 4)
print(r[-1], r[1:3], r[::-2], list(reversed(r)), 9 in r, 10 in r)
print(r[10])
