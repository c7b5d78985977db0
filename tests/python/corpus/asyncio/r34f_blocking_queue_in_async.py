# Wrong version: a thread-safe queue.Queue.get(timeout=...) inside a coroutine blocks the event loop.
import asyncio
import queue
import time

async def ticker(ticks):
    for _ in range(5):
        ticks.append(time.perf_counter())
        await asyncio.sleep(0.02)

async def blocking_consumer(q):
    try:
        return q.get(timeout=0.2)
    except queue.Empty:
        return "queue.Empty after blocking the loop"

async def main():
    ticks = []
    t = asyncio.create_task(ticker(ticks))
    await asyncio.sleep(0)
    print(await blocking_consumer(queue.Queue()))
    await t
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    print("ticker stalled for >= 0.15s:", max(gaps) >= 0.15)
    print(len(ticks), "ticks")

asyncio.run(main())
