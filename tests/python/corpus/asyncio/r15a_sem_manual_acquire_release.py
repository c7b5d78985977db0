# acquire()/release() by hand with try/finally, and the semaphore's value
import asyncio

async def worker(sem, name):
    await sem.acquire()
    try:
        print(f"{name} acquired, locked={sem.locked()}")
        await asyncio.sleep(0.05)
    finally:
        sem.release()
        print(f"{name} released")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, f"w{i}") for i in range(3)))
    print("all released, locked:", sem.locked())
    sem.release()
    print("released extra, locked:", sem.locked())

asyncio.run(main())
