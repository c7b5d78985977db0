# Language: generators as a pipeline, send(), return values, yield from and close.
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
    return 'done'

def squares(seq):
    for x in seq:
        yield x * x

def evens(seq):
    yield from (x for x in seq if x % 2 == 0)

print(list(evens(squares(numbers(10)))))
g = numbers(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)

def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = running_total()
print(next(acc), acc.send(5), acc.send(10))
def outer():
    result = yield from numbers(2)
    yield result
print(list(outer()))
gen = squares(range(100))
print(next(gen), next(gen))
gen.close()
print(next(gen, 'closed'), sum(squares(range(4))), type(gen).__name__)
