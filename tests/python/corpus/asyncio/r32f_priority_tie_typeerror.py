# PriorityQueue with equal priorities and dict payloads: the tie compares the dicts
import asyncio
import itertools
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    payload: dict = field(compare=False)

async def main():
    q = asyncio.PriorityQueue()
    await q.put((1, {"task": "a"}))
    try:
        await q.put((1, {"task": "b"}))
    except TypeError as e:
        print("TypeError:", e)
    q2 = asyncio.PriorityQueue()
    counter = itertools.count()
    for prio, name in [(2, "x"), (1, "y"), (2, "z"), (1, "w")]:
        q2.put_nowait((prio, next(counter), {"task": name}))
    print([q2.get_nowait()[2]["task"] for _ in range(4)])
    q3 = asyncio.PriorityQueue()
    for j in [Job(2, {"n": 1}), Job(1, {"n": 2}), Job(2, {"n": 3})]:
        q3.put_nowait(j)
    print([q3.get_nowait() for _ in range(3)])

asyncio.run(main())
