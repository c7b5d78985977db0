# PriorityQueue entries with equal priority compare their payloads: dicts fail, a counter fixes it.
import asyncio
import itertools

async def main():
    q = asyncio.PriorityQueue()
    counter = itertools.count()
    for prio, task in [(2, {"name": "write"}), (1, {"name": "read"}), (2, {"name": "log"})]:
        await q.put((prio, next(counter), task))
    while not q.empty():
        prio, n, task = await q.get()
        print(prio, n, task["name"])
    bad = asyncio.PriorityQueue()
    await bad.put((1, {"name": "a"}))
    await bad.put((1, {"name": "b"}))
    print("unreachable", bad.qsize())

asyncio.run(main())
