# asyncio.timeout() expiring around a slow step, error uncaught.
import asyncio

async def step(n):
    await asyncio.sleep(0.1 * n)
    print("step", n, "done")

async def main():
    async with asyncio.timeout(0.45):
        for n in range(1, 5):
            await step(n)

asyncio.run(main())
