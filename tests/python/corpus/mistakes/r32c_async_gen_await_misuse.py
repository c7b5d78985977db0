# Awaiting an async generator as if it were a coroutine.
import asyncio

async def countdown(n):
    while n:
        yield n
        n -= 1
        await asyncio.sleep(0)

async def main():
    values = await countdown(3)
    print(values)

asyncio.run(main())
