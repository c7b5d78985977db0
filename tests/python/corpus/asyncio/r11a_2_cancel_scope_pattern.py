import asyncio


async def worker(name, stop: asyncio.Event):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.3)
    print(f"{name} noticed stop after {n} rounds")
    return n


async def main():
    stop = asyncio.Event()
    workers = [asyncio.create_task(worker(f"w{i}", stop)) for i in range(2)]
    await asyncio.sleep(0.45)
    stop.set()
    print(await asyncio.gather(*workers))


asyncio.run(main())
