# Home-made async itertools: amap, afilter, atake and acollect over async iterables.
import asyncio

async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def amap(fn, ait):
    async for x in ait:
        r = fn(x)
        yield await r if asyncio.iscoroutine(r) else r

async def afilter(pred, ait):
    async for x in ait:
        if pred(x):
            yield x

async def atake(n, ait):
    if n <= 0:
        return
    async for x in ait:
        yield x
        n -= 1
        if n == 0:
            break

async def acollect(ait):
    return [x async for x in ait]

async def slow_double(x):
    await asyncio.sleep(0.001)
    return 2 * x

async def main():
    print(await acollect(amap(lambda x: x * x, arange(5))))
    print(await acollect(atake(3, afilter(lambda x: x % 3 == 0, amap(slow_double, arange(20))))))
    print(await acollect(atake(0, arange(5))))
    print(await acollect(amap(str, afilter(None.__ne__, arange(3)))))

asyncio.run(main())
