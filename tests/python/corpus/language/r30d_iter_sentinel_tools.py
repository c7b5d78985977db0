# iter() with a sentinel, next() with a default, and consuming iterators in chunks
import itertools

values = iter([5, 3, 0, 8, 1])
print(list(iter(lambda: next(values), 0)), list(values))
counter = itertools.count()
print(list(iter(lambda: next(counter), 4)))
it = iter("abcdefgh")
chunks = []
while chunk := list(itertools.islice(it, 3)):
    chunks.append("".join(chunk))
print(chunks)
print(next(iter([]), None), next(iter("x")), list(map(next, [iter("ab"), iter("cd")])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
data = [1, 2, 3, 4]
pairs = list(zip(data, data[1:]))
print(pairs, list(itertools.pairwise(data)) == pairs)
it2 = iter([1, 2])
print(2 in it2, list(it2), 1 in it2)
print(len(iter([1, 2])))
