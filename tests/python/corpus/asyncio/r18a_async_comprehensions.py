# async comprehensions: await in a list comprehension, async for with a filter, genexp
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def square(x):
    await asyncio.sleep(0.001)
    return x * x

async def main():
    print([await square(i) for i in range(4)])
    print([i async for i in ticks(6) if i % 2])
    print({i: await square(i) async for i in ticks(3)})
    gen = (await square(i) for i in range(3))
    print(type(gen).__name__)
    print([x async for x in gen])
    agen = (i * 10 async for i in ticks(3))
    total = 0
    async for v in agen:
        total += v
    print('total', total)
    nested = [[j async for j in ticks(i)] for i in range(3)]
    print(nested)

asyncio.run(main())
