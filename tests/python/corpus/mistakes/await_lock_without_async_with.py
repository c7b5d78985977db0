# Mistake: a plain with on an asyncio.Lock instead of async with.
import asyncio

async def factorial(n, lock):
    with lock:
        await asyncio.sleep(0.01)
        return n

async def main():
    lock = asyncio.Lock()
    print(await factorial(3, lock))

asyncio.run(main())
