# Passing bare coroutines to asyncio.wait is a TypeError in 3.11
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    return i

async def main():
    coros = [fetch(i) for i in range(3)]
    done, pending = await asyncio.wait(coros)
    print(sorted(t.result() for t in done))

asyncio.run(main())
