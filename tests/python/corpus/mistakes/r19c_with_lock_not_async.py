# Using a plain `with` on an asyncio.Lock
import asyncio

counter = 0

async def increment(lock):
    global counter
    with lock:
        counter += 1

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(lock) for _ in range(3)))
    print(counter)

asyncio.run(main())
