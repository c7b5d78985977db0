import asyncio


async def main():
    q = asyncio.Queue(4)
    stats = {"put": 0, "dropped": 0}
    for i in range(7):
        try:
            q.put_nowait(i)
            stats["put"] += 1
        except asyncio.QueueFull:
            stats["dropped"] += 1
    drained = []
    while True:
        try:
            drained.append(q.get_nowait())
        except asyncio.QueueEmpty:
            break
    print(stats, drained, q.qsize(), q.empty())
    print(repr(asyncio.QueueFull()), str(asyncio.QueueEmpty("nothing")))


asyncio.run(main())
