# as_completed's items used without await: a coroutine is printed by type
import asyncio

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    for fut in asyncio.as_completed([work(2), work(1)]):
        print(type(fut).__name__)
        print(fut + 1)

asyncio.run(main())
