# Semaphore fairness: does a newcomer jump ahead of a waiter woken by release()?
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    order = []
    await sem.acquire()

    async def waiter(name):
        async with sem:
            order.append(name)
            await asyncio.sleep(0)

    w = asyncio.create_task(waiter("waiter"))
    await asyncio.sleep(0)
    sem.release()
    n = asyncio.create_task(waiter("newcomer"))
    await asyncio.gather(w, n)
    print(order, sem.locked())

asyncio.run(main())
