import asyncio

async def main():
    lifo = asyncio.LifoQueue()
    for x in range(4):
        await lifo.put(x)
    print("lifo:", [lifo.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait((prio, job))
    while not pq.empty():
        prio, job = await pq.get()
        print(prio, job)
    pq2 = asyncio.PriorityQueue()
    pq2.put_nowait((1, {"a": 1}))
    pq2.put_nowait((1, {"b": 2}))
    try:
        pq2.put_nowait((1, {"c": 3}))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
