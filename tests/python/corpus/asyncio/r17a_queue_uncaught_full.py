# put_nowait on a full queue, uncaught: asyncio.queues.QueueFull
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('first')
    print('queued first')
    q.put_nowait('second')

asyncio.run(main())
