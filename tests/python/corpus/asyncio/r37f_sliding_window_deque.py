# A moving average over the last 3 readings with deque(maxlen=3), readings arriving from an async stream
import asyncio
from collections import deque

async def stream(values):
    for v in values:
        await asyncio.sleep(0.005)
        yield v

async def main():
    window = deque(maxlen=3)
    async for v in stream([4, 8, 15, 16, 23, 42]):
        window.append(v)
        avg = sum(window) / len(window)
        print(f"{v:>3} window={list(window)!s:<14} avg={avg:6.2f}")
    print(window, window.maxlen)
    window.rotate(1)
    print(window)

asyncio.run(main())
