it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "empty"))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), type(keys).__name__)
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(str.upper, ["x", "y"])
print(next(m), list(m))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r))
e = enumerate("ab", start=10)
print(list(e))
nums = [1, 2, 3, 4]
sq = (n * n for n in nums)
print(4 in sq, list(sq))
it2 = iter(range(5))
for x in it2:
    if x == 1:
        print("skipping", next(it2))
    print(x)
calls = iter(lambda: nums.pop(), 2)
print(list(calls), nums)
class Sent:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Sent(), 4)))
print(next(iter([])))
