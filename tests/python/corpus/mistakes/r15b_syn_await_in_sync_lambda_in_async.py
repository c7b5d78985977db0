# Mistake: await inside a lambda within an async function.
import asyncio

async def double(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    values = [1, 2, 3]
    results = list(map(lambda v: await double(v), values))
    print(results)

asyncio.run(main())
