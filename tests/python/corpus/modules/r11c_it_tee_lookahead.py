from itertools import tee, islice, chain

def with_next(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, chain(b, [None]))

for cur, nxt in with_next(["start", "middle", "end"]):
    print(cur, "->", nxt)

def peek(iterable):
    it = iter(iterable)
    first = next(it)
    return first, chain([first], it)

first, rest = peek(x * x for x in range(5))
print(first, list(rest))
try:
    peek([])
except StopIteration:
    print("empty")
gen = (c.upper() for c in "hello")
a, b = tee(gen, 2)
print(list(islice(a, 2)), list(b), list(a))
print(type(tee([1])[0]).__name__)
