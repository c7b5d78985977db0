# Async comprehensions over an async generator, with filtering, a dict and awaiting inside the loop.
import asyncio

async def ticker(n, delay=0.01):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    evens = [i async for i in ticker(8) if i % 2 == 0]
    print(evens)
    squares = {i: await square(i) async for i in ticker(4)}
    print(squares)
    total = sum([await square(i) for i in range(5)])
    print(total)
    gen = ticker(3)
    print(type(gen).__name__, await gen.__anext__(), await anext(gen), await anext(gen))
    print(await anext(gen, "done"))
    sets = {i % 3 async for i in ticker(9, 0)}
    print(sorted(sets))
    agen = (x * 10 async for x in ticker(3))
    print(type(agen).__name__, [v async for v in agen])
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")
    print([x for x in ticker(2)])

asyncio.run(main())
