# Iterating an async generator with a plain for loop inside a coroutine
import asyncio

async def countdown(n):
    while n:
        yield n
        n -= 1
        await asyncio.sleep(0.01)

async def main():
    print([x async for x in countdown(3)])
    total = 0
    for x in countdown(3):
        total += x
    print(total)

asyncio.run(main())
