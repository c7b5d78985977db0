# Closing an async generator paused inside "async with lock" releases the lock through its finally
import asyncio

lock = asyncio.Lock()

async def guarded_items():
    async with lock:
        try:
            for i in range(10):
                yield i
                await asyncio.sleep(0)
        finally:
            print("generator cleanup, lock still held:", lock.locked())

async def main():
    gen = guarded_items()
    print(await anext(gen), await anext(gen))
    print("locked while paused:", lock.locked())
    await gen.aclose()
    print("locked after aclose:", lock.locked())
    print("aclose again is fine:", await gen.aclose())
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
