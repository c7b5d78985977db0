# Async generators combined like itertools: async map, filter, take and an async zip
import asyncio

async def ticker(prefix, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{prefix}{i}"

async def amap(fn, agen):
    async for x in agen:
        yield fn(x)

async def atake(n, agen):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == n:
            break
    return out

async def azip(*gens):
    its = [g.__aiter__() for g in gens]
    while True:
        try:
            yield tuple([await it.__anext__() for it in its])
        except StopAsyncIteration:
            return

async def main():
    print(await atake(3, amap(str.upper, ticker("a", 10, 0.01))))
    print([x async for x in azip(ticker("x", 3, 0.01), ticker("y", 5, 0.02))])
    evens = [x async for x in ticker("n", 6, 0.001) if int(x[1:]) % 2 == 0]
    print(evens)
    g = ticker("z", 2, 0)
    print(await anext(g), await anext(g), await anext(g, "default"))
    print(type(g).__name__, g.__name__ if hasattr(g, "__name__") else g.__qualname__)

asyncio.run(main())
