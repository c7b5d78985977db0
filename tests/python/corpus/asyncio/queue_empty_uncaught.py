# get_nowait() on an empty queue, uncaught: asyncio.queues.QueueEmpty
import asyncio

async def main():
    q = asyncio.Queue()
    print("empty:", q.empty())
    q.get_nowait()

asyncio.run(main())
