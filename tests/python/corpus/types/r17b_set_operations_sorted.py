# Set operations on integers and on strings printed sorted
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, a ^ b)
print(a.issubset(range(10)), {4, 5} <= b, a.isdisjoint({9}))
seen = set()
for w in 'the cat and the hat and the bat'.split():
    seen.add(w)
print(sorted(seen), len(seen))
langs = {'python', 'c', 'rust'} - {'c'}
print(sorted(langs))
fs = frozenset([3, 1, 2])
print(fs, fs | {0}, type(fs | {0}).__name__)
s = {1, 2}
s.discard(5)
s.remove(1)
print(s)
s.remove(5)
