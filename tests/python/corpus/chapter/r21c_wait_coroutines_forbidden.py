# asyncio.wait given coroutines instead of tasks (forbidden in 3.11?).
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    done, pending = await asyncio.wait([job(1), job(2)])
    print(sorted(t.result() for t in done))

asyncio.run(main())
