# An asyncio.Lock has no owner: a different task may release it, and a waiter then proceeds
import asyncio


async def opener(lock):
    await asyncio.sleep(0.01)
    print("opener releases a lock it never acquired")
    lock.release()


async def waiter(lock):
    print("waiter blocks")
    async with lock:
        print("waiter inside")
    print("waiter out, locked:", lock.locked())


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    await asyncio.gather(waiter(lock), opener(lock))


asyncio.run(main())
