# asyncio.Lock hands itself to waiters in FIFO order; releasing an unlocked lock fails
import asyncio

async def user(lock, name, order):
    async with lock:
        order.append(name)
        await asyncio.sleep(0.01)

async def main():
    lock = asyncio.Lock()
    order = []
    await lock.acquire()
    print(repr(lock).split(" [")[1])
    tasks = [asyncio.create_task(user(lock, n, order)) for n in "XYZ"]
    await asyncio.sleep(0.01)
    print("waiting:", repr(lock).split(" [")[1])
    lock.release()
    await asyncio.gather(*tasks)
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
