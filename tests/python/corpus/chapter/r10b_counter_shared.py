# Tasks updating a shared counter.
import asyncio

counter = 0

async def worker(name, times):
    global counter
    for _ in range(times):
        counter += 1
        await asyncio.sleep(0)
    print(name, 'finished, counter now', counter)

async def main():
    await asyncio.gather(worker('a', 3), worker('b', 5), worker('c', 1))
    print('final counter:', counter)

asyncio.run(main())
