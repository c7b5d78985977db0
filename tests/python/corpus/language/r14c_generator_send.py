# A running-average coroutine driven with send(), and a generator closed early with finally.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return total, count

g = averager()
next(g)
for v in [10, 20, 30, 5]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def reader():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup after", i)

r = reader()
print(next(r), next(r), next(r))
r.close()
print(list(r))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(3))))
