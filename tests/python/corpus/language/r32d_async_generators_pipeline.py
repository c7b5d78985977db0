# Async generators: a ticker, an async comprehension, filtering and aclose()
import asyncio


async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker cleanup")


async def evens(agen):
    async for x in agen:
        if x % 2 == 0:
            yield x * 10


async def main():
    print([x async for x in ticker(4, 0.01)])
    print([y async for y in evens(ticker(6, 0.01))])
    t = ticker(10, 0.01)
    print(await t.__anext__(), await anext(t), type(t).__name__)
    await t.aclose()
    print(await anext(t, "done"))
    g = ticker(1, 0)
    async for v in g:
        print("got", v)
    await anext(g)


asyncio.run(main())
