# A Lock with two waiters: the first one cancelled, the release goes to the second.
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.sleep(0)
    print(w1.cancelled(), w2.done(), w2.result() if w2.done() else None, lock.locked())
    lock.release()
    print(lock.locked())

asyncio.run(main())
