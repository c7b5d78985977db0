# Async generator pipeline: numbers -> squares -> filter evens -> collect
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i

async def square(source):
    async for x in source:
        yield x * x

async def evens(source):
    async for x in source:
        if x % 2 == 0:
            yield x

async def main():
    pipeline = evens(square(numbers(10)))
    print(type(pipeline).__name__)
    out = []
    async for v in pipeline:
        out.append(v)
    print(out)
    total = sum([v async for v in square(numbers(5))])
    print("sum of squares:", total)

asyncio.run(main())
