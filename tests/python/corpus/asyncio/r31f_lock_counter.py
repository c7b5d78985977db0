# Race on a shared counter with and without an asyncio.Lock
import asyncio

counter = 0

async def unsafe_inc():
    global counter
    v = counter
    await asyncio.sleep(0)
    counter = v + 1

async def safe_inc(lock):
    global counter
    async with lock:
        v = counter
        await asyncio.sleep(0)
        counter = v + 1

async def main():
    global counter
    await asyncio.gather(*(unsafe_inc() for _ in range(100)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_inc(lock) for _ in range(100)))
    print("with lock:", counter)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
