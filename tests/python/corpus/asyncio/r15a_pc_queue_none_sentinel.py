# Producer/consumer with a Queue and None as the stop signal, one sentinel per consumer
import asyncio

async def producer(queue, n, consumers):
    for i in range(n):
        await queue.put(i)
        print(f"put {i}")
    for _ in range(consumers):
        await queue.put(None)

async def consumer(queue, name, seen):
    while True:
        item = await queue.get()
        if item is None:
            print(f"{name} stopping")
            break
        seen.append((name, item))
        await asyncio.sleep(0.01)

async def main():
    queue = asyncio.Queue(maxsize=2)
    seen = []
    await asyncio.gather(producer(queue, 6, 2),
                         consumer(queue, "A", seen),
                         consumer(queue, "B", seen))
    print(seen)
    print("empty:", queue.empty())

asyncio.run(main())
