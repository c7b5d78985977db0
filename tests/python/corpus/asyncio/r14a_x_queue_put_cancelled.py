# test_queues test_put_cancelled: a put() cancelled while blocked leaves the queue unchanged; the next putter goes in
import asyncio

async def main():
    q = asyncio.Queue(1)
    q.put_nowait('first')
    p1 = asyncio.create_task(q.put('cancelled item'))
    p2 = asyncio.create_task(q.put('second'))
    await asyncio.sleep(0)
    p1.cancel()
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(q.qsize(), p1.cancelled(), p2.done())
    print(q.get_nowait(), q.empty())

asyncio.run(main())
