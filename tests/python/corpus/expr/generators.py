# Generators: yield, next, send-free pipelines, yield from, infinite generators, return.
def countdown(n):
    print('starting countdown')
    while n > 0:
        yield n
        n -= 1
    print('countdown done')

gen = countdown(3)
print(type(gen).__name__)
print(next(gen))
for value in gen:
    print('got', value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for f in fib():
    if f > 50:
        break
    out.append(f)
print(out)

def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x

def squared(seq):
    for x in seq:
        yield x * x

print(list(squared(evens(range(10)))))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('ab', [1, 2], range(3))))

g = (x * 10 for x in range(3))
print(next(g), next(g), next(g), next(g, 'exhausted'))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(zip(fib(), 'xyz')))
