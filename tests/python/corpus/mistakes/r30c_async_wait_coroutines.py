# asyncio.wait given bare coroutines (forbidden in 3.11).
import asyncio

async def job(i):
    await asyncio.sleep(0.01)
    return i

async def main():
    done, pending = await asyncio.wait([job(1), job(2)])
    print(sorted(t.result() for t in done))

asyncio.run(main())
