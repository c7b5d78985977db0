# releasing an unlocked asyncio.Lock and Semaphore misuse
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    try:
        sem.release()
    except ValueError as e:
        print("sem:", e)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    lock.release()

asyncio.run(main())
