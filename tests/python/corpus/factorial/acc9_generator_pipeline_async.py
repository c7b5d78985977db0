# A generator of factorials fed to an async consumer; yield from, send and a generator's return value.
import asyncio

def factorials():
    n, r = 0, 1
    while True:
        yield n, r
        n += 1
        r *= n

def take(gen, k):
    for _ in range(k):
        yield next(gen)
    return "took %d" % k

def wrapper(gen, k):
    result = yield from take(gen, k)
    print("wrapper got:", result)

async def consume(items):
    out = []
    for n, r in items:
        await asyncio.sleep(0.001)
        out.append(f"{n}!={r}")
    return out

def running_product():
    total = 1
    while True:
        x = yield total
        if x is None:
            return total
        total *= x

async def main():
    print(await consume(wrapper(factorials(), 6)))
    g = running_product()
    print(next(g), [g.send(i) for i in range(1, 6)])
    try:
        g.send(None)
    except StopIteration as e:
        print("returned", e.value)

asyncio.run(main())
