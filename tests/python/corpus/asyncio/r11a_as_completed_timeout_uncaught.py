import asyncio


async def job(n):
    await asyncio.sleep(n / 100)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 30)]
    for coro in asyncio.as_completed(tasks, timeout=0.1):
        print("finished", await coro)


asyncio.run(main())
