# A dict comprehension inside a coroutine dividing by zero.
import asyncio

async def rates(counts):
    await asyncio.sleep(0.01)
    return {k: 100 / v for k, v in counts.items()}

async def main():
    print(await rates({"a": 4, "b": 5}))
    print(await rates({"a": 4, "b": 0}))

asyncio.run(main())
