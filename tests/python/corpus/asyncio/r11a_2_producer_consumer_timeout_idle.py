import asyncio


async def producer(q, items, gap):
    for it in items:
        await asyncio.sleep(gap)
        await q.put(it)
        print("put", it)


async def consumer(q, idle):
    got = []
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=idle)
        except asyncio.TimeoutError:
            print(f"idle for {idle}s, consumer exits")
            return got
        got.append(item)


async def main():
    q = asyncio.Queue()
    prod = asyncio.create_task(producer(q, ["x", "y", "z"], 0.1))
    got = await consumer(q, 0.3)
    await prod
    print("got", got)


asyncio.run(main())
