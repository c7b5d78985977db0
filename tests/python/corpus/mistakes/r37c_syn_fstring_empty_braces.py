# a progress line where I meant to print literal braces around the count
import asyncio

async def step(i):
    await asyncio.sleep(0.01)
    return i * i

async def main():
    results = await asyncio.gather(*(step(i) for i in range(4)))
    for r in results:
        print(f"result {} = {r}")

asyncio.run(main())
