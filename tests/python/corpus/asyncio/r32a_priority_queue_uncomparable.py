# PriorityQueue with items that cannot be compared: TypeError from heapq
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(2, "b"), (1, "a"), (3, "c")]:
        q.put_nowait(Job(p, n))
    print([q.get_nowait().name for _ in range(3)])
    q.put_nowait({"p": 1})
    q.put_nowait({"p": 2})

asyncio.run(main())
