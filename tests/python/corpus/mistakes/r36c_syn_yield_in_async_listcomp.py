# trying to stream values out of an async function with a yield inside a list comprehension
import asyncio

async def numbers(n):
    await asyncio.sleep(0.01)
    return [(yield i) for i in range(n)]

async def main():
    print(await numbers(3))

asyncio.run(main())
