# wanted to stop early after the first result, but the break is not inside the loop
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    for fut in asyncio.as_completed([worker(3), worker(1)]):
        result = await fut
        print(result)
    if result == 1:
        break

asyncio.run(main())
