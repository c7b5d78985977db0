import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        await pq.put(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    lq = asyncio.LifoQueue()
    for ch in "abc":
        lq.put_nowait(ch)
    print([lq.get_nowait() for _ in range(3)])
    pq.put_nowait((1, {"x": 1}))
    pq.put_nowait((1, {"y": 2}))

asyncio.run(main())
