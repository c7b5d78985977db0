# Semaphore: releasing several at once wakes exactly that many waiters
import asyncio

async def main():
    sem = asyncio.Semaphore(0)
    woke = []

    async def w(i):
        await sem.acquire()
        woke.append(i)

    ts = [asyncio.create_task(w(i)) for i in range(5)]
    await asyncio.sleep(0.01)
    sem.release()
    sem.release()
    await asyncio.sleep(0.01)
    print("after two releases:", woke)
    for _ in range(3):
        sem.release()
    await asyncio.gather(*ts)
    print("all:", woke, sem.locked())

asyncio.run(main())
