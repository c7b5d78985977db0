import asyncio

async def poller(stop):
    ticks = 0
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.2)
        except asyncio.TimeoutError:
            ticks += 1
            print("tick", ticks)
    return ticks

async def main():
    stop = asyncio.Event()
    task = asyncio.create_task(poller(stop))
    await asyncio.sleep(0.5)
    stop.set()
    print("ticks:", await task)

asyncio.run(main())
