# Requests through a Semaphore(2) go in batches: how many had finished when each one started
import asyncio

finished = 0

async def request(sem, i):
    global finished
    async with sem:
        seen = finished
        await asyncio.sleep(0.2)
        finished += 1
        return i, seen

async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(request(sem, i) for i in range(6)))
    for i, seen in results:
        print(f"request {i} started after {seen} had finished: batch {seen // 2 + 1}")

asyncio.run(main())
