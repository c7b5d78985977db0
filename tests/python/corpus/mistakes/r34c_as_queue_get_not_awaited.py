# A consumer that forgets to await queue.get() while adding up the items
import asyncio

async def consumer(queue):
    total = 0
    while True:
        item = queue.get()
        if item is None:
            break
        total += item
    return total

async def main():
    queue = asyncio.Queue()
    for x in [1, 2, None]:
        await queue.put(x)
    print("total:", await consumer(queue))

asyncio.run(main())
