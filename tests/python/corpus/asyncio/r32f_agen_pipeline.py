# Async generator pipeline: numbers -> squares -> filter evens -> running total
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.005)
        yield i

async def squares(src):
    async for x in src:
        yield x * x

async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x

async def running_total(src):
    total = 0
    async for x in src:
        total += x
        yield total

async def main():
    async for t in running_total(evens(squares(numbers(10)))):
        print("total so far:", t)
    print(type(numbers(1)).__name__)

asyncio.run(main())
