import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), timeout=0.02)
    except TimeoutError:
        print("could not acquire in time; locked:", sem.locked())
    sem.release()
    print("after release locked:", sem.locked())
    await asyncio.wait_for(sem.acquire(), timeout=0.02)
    print("acquired; waiters:", len(sem._waiters or []))
    sem.release()

asyncio.run(main())
