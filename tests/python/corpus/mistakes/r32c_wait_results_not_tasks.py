# Passing already-awaited results to asyncio.wait instead of tasks.
import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    done, pending = await asyncio.wait([await job(1), await job(2)])
    print(len(done), len(pending))

asyncio.run(main())
