class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key, key.indices(self.n))
            return [self[i] for i in range(*key.indices(self.n))]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError(f"Seq index {key} out of range")
        return key * key

class Idx:
    def __index__(self):
        return 2

s = Seq(6)
print(s[2], s[-1], s[1:4], s[::-2], s[10:], s[:-4])
print([1, 2, 3, 4][Idx()], "abcd"[Idx():], bin(Idx()), range(10)[Idx()])
print(s[Idx()])
print(slice(1, 5, 2), slice(3).stop, slice(None).indices(4))
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
del lst[::2]
print(lst)
try:
    [1, 2]["0"]
except TypeError as e:
    print(e)
s[6]
