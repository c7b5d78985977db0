# Acquiring a Semaphore with a timeout: wait_for(sem.acquire()) and what happens to the count
import asyncio

async def holder(sem):
    async with sem:
        await asyncio.sleep(0.5)

async def main():
    sem = asyncio.Semaphore(1)
    h = asyncio.create_task(holder(sem))
    await asyncio.sleep(0.01)
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.1)
        print("acquired")
    except asyncio.TimeoutError:
        print("could not acquire in time; locked:", sem.locked())
    await h
    print("after holder, locked:", sem.locked())
    async with asyncio.timeout(0.1):
        await sem.acquire()
    print("acquired now; locked:", sem.locked())

asyncio.run(main())
