# A generator whose body lets next()'s StopIteration escape (PEP 479).
def take_pairs(items):
    it = iter(items)
    while True:
        first = next(it)
        yield first, next(it)

for a, b in take_pairs("abcd"):
    print(a, b)
for a, b in take_pairs("abc"):
    print(a, b)
