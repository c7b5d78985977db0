import asyncio

async def every(interval, fn, *args):
    while True:
        fn(*args)
        await asyncio.sleep(interval)

async def main():
    counts = {"hb": 0}
    def heartbeat(name):
        counts[name] += 1
        print("heartbeat", counts[name])
    task = asyncio.create_task(every(0.2, heartbeat, "hb"))
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print("beats:", counts["hb"], "cancelled:", task.cancelled())

asyncio.run(main())
