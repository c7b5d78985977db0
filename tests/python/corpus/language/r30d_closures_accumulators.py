# Closures as objects: an accumulator, a memo, function attributes, and a closure over a loop var
def make_averager():
    values = []

    def averager(v):
        values.append(v)
        return sum(values) / len(values)
    return averager


avg = make_averager()
print(avg(10), avg(11), avg(12), avg.__closure__[0].cell_contents)


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner


@memo
def slow_double(n):
    print("  computing", n)
    return 2 * n


print(slow_double(4), slow_double(4), slow_double.cache)


def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls


print(counter(), counter(), counter.calls, counter.__dict__)
adders = {}
for n in range(3):
    def add(x, n=n):
        return x + n
    adders[n] = add
print([adders[k](10) for k in adders])
print(make_averager()())
