# Two thousand tasks, each awaiting the previous one: a long chain resolves without deep recursion
import asyncio


async def link(prev, i):
    value = 0 if prev is None else await prev
    return value + i


async def main():
    prev = None
    tasks = []
    for i in range(2000):
        prev = asyncio.create_task(link(prev, i))
        tasks.append(prev)
    print(await prev, sum(range(2000)))
    print(all(t.done() for t in tasks), len(asyncio.all_tasks()))
    counter = 0
    lock = asyncio.Lock()

    async def bump():
        nonlocal counter
        async with lock:
            current = counter
            await asyncio.sleep(0)
            counter = current + 1

    await asyncio.gather(*(bump() for _ in range(3000)))
    print("counter:", counter)


asyncio.run(main())
