# Cancelling one child of gather (not the gather) propagates CancelledError out of gather
import asyncio

async def part(n):
    await asyncio.sleep((0.05, 0.3, 0.6)[n - 1])
    return n

async def main():
    tasks = [asyncio.create_task(part(n)) for n in (1, 2, 3)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.15)
    tasks[2].cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError; gather cancelled():", g.cancelled())
    print([t.cancelled() for t in tasks], await tasks[1])

asyncio.run(main())
