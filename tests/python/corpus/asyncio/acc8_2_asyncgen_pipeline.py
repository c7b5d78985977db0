# A pipeline of async generators: source, filter and map stages chained with async for.
import asyncio

async def source(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i

async def only_odd(agen):
    async for x in agen:
        if x % 2:
            yield x

async def times_ten(agen):
    async for x in agen:
        yield x * 10

async def main():
    print([x async for x in times_ten(only_odd(source(8)))])

asyncio.run(main())
