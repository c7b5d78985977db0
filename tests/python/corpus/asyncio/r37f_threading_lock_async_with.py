# Wrong lock: using threading.Lock with async with in a coroutine
import asyncio
import threading

lock = threading.Lock()
counter = 0

async def incr():
    global counter
    async with lock:
        counter += 1

async def main():
    await asyncio.gather(incr(), incr())
    print(counter)

asyncio.run(main())
