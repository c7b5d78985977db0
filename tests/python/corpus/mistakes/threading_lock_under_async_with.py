# A learner guards a shared counter with threading.Lock under `async with` (asyncio.Lock was meant): CPython's TypeError names '_thread.lock'
import asyncio
import threading

counter = 0
lock = threading.Lock()
print(type(lock).__module__, type(lock).__name__, lock.locked())

async def worker(n):
    global counter
    async with lock:
        counter += n
        await asyncio.sleep(0.01)

async def main():
    await asyncio.gather(worker(1), worker(2))
    print('counter', counter)

asyncio.run(main())
