# popleft() of an empty deque in a worker.
import asyncio
from collections import deque

async def worker(q):
    while True:
        item = q.popleft()
        print("item", item)
        await asyncio.sleep(0.1)

asyncio.run(worker(deque([1, 2])))
