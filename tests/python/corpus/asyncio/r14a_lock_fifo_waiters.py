# test_locks: waiters acquire a Lock in the order they asked, one at a time
import asyncio

lock = asyncio.Lock()
order = []

async def worker(i):
    async with lock:
        order.append(i)
        await asyncio.sleep(0)

async def main():
    await lock.acquire()
    tasks = [asyncio.create_task(worker(i)) for i in (3, 1, 4, 1, 5, 9, 2, 6)]
    await asyncio.sleep(0)
    print('waiting:', len(lock._waiters))
    lock.release()
    await asyncio.gather(*tasks)
    print(order)

asyncio.run(main())
