# Runners wait on an Event fired as a start signal, then finish by their own pace
import asyncio

async def runner(name, pace, start):
    print(f"{name} on the line")
    await start.wait()
    await asyncio.sleep(pace)
    print(f"{name} finished")
    return name

async def main():
    start = asyncio.Event()
    tasks = [asyncio.create_task(runner(n, p, start)) for n, p in [("Ann", 0.3), ("Bob", 0.1), ("Cid", 0.2)]]
    await asyncio.sleep(0.05)
    print("Ready... go!")
    start.set()
    order = []
    for coro in asyncio.as_completed(tasks):
        order.append(await coro)
    print("podium:", order)

asyncio.run(main())
