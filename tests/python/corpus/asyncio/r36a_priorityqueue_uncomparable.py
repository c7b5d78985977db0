# PriorityQueue with equal priorities and dict payloads: comparing the dicts fails
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    await pq.put((2, "b-task"))
    await pq.put((1, "a-task"))
    await pq.put((2, "a-again"))
    while not pq.empty():
        print(await pq.get())
    await pq.put((1, {"job": "x"}))
    await pq.put((1, {"job": "y"}))
    print("size", pq.qsize())


asyncio.run(main())
