# Each factorial job reports its answer through a Future that main waits on.
import asyncio


async def compute(n, fut):
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        value *= i
    fut.set_result((n, value))


async def main():
    loop = asyncio.get_running_loop()
    futures = []
    for n in [4, 8, 1, 5]:
        fut = loop.create_future()
        futures.append(fut)
        loop.create_task(compute(n, fut))
    print("pending:", sum(not f.done() for f in futures))
    for f in futures:
        n, v = await f
        print(f"{n}! -> {v}")
    try:
        futures[0].set_result(None)
    except asyncio.InvalidStateError as e:
        print("second set_result:", type(e).__name__, e)


asyncio.run(main())
