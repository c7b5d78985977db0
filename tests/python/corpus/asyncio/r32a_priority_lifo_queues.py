# PriorityQueue orders by tuple, LifoQueue returns newest first
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await pq.put(item)
    while not pq.empty():
        print("pq:", await pq.get())
    lq = asyncio.LifoQueue()
    for w in "abc":
        lq.put_nowait(w)
    print("lifo:", [lq.get_nowait() for _ in range(lq.qsize())])
    print(str(asyncio.Queue(maxsize=5)).split(" maxsize")[1])
    print(asyncio.Queue()._format())

asyncio.run(main())
