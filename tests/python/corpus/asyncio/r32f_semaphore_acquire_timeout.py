# Try to get a Semaphore slot with a timeout; give up if the pool is busy
import asyncio

async def use_slot(sem, name, hold):
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.05)
    except asyncio.TimeoutError:
        print(name, "gave up waiting")
        return False
    try:
        print(name, "got a slot")
        await asyncio.sleep(hold)
        return True
    finally:
        sem.release()

async def main():
    sem = asyncio.Semaphore(1)
    results = await asyncio.gather(use_slot(sem, "long", 0.2), use_slot(sem, "impatient", 0.01))
    print(results)
    print(await use_slot(sem, "later", 0.01), sem.locked())

asyncio.run(main())
