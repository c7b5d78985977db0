# Lock: waiters acquire in FIFO order; locked() and the repr
import asyncio

async def user(lock, name, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(0.005)

async def main():
    lock = asyncio.Lock()
    log = []
    print(lock.locked(), "[unlocked]" in repr(lock))
    await lock.acquire()
    tasks = [asyncio.create_task(user(lock, n, log)) for n in "ABCD"]
    await asyncio.sleep(0.01)
    print("waiting while held:", log, "[locked, waiters:4]" in repr(lock))
    lock.release()
    await asyncio.gather(*tasks)
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
