# a helper that takes the lock, called from a function that already holds it
import asyncio

lock = asyncio.Lock()

async def write(x):
    async with lock:
        print("writing", x)

async def write_twice(x):
    async with lock:
        await write(x)
        await write(x)

async def main():
    await asyncio.wait_for(write_twice("a"), timeout=0.05)

asyncio.run(main())
