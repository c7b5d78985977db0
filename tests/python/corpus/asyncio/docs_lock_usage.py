import asyncio

lock = asyncio.Lock()
shared = []

async def writer(name, n):
    async with lock:
        print(name, "has the lock", lock.locked())
        for i in range(n):
            shared.append(f"{name}{i}")
            await asyncio.sleep(0.01)

async def main():
    await asyncio.gather(writer("a", 3), writer("b", 2), writer("c", 1))
    print(shared)
    await lock.acquire()
    try:
        print("manual", lock.locked())
    finally:
        lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
