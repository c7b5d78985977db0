import asyncio

lock = asyncio.Lock()

async def outer():
    async with lock:
        print("outer holds the lock")
        await inner()

async def inner():
    async with lock:
        print("inner holds the lock")

async def main():
    try:
        await asyncio.wait_for(outer(), timeout=0.05)
    except asyncio.TimeoutError:
        print("deadlock: asyncio.Lock is not reentrant")
    print("locked after timeout:", lock.locked())

asyncio.run(main())
