# Lock waiters get the lock in the order they asked for it
import asyncio

order = []

async def user(n, lock):
    async with lock:
        order.append(n)
        await asyncio.sleep(0.01)

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(user(n, lock)) for n in (3, 1, 4, 1, 5)]
    await asyncio.sleep(0.01)
    lock.release()
    await asyncio.gather(*ts)
    print(order)

asyncio.run(main())
