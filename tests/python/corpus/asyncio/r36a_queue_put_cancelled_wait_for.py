# wait_for around a put on a full queue: the put is cancelled and the queue is unchanged
import asyncio


async def main():
    q = asyncio.Queue(1)
    await q.put("first")
    try:
        await asyncio.wait_for(q.put("second"), timeout=0.05)
    except asyncio.TimeoutError:
        print("put timed out; size", q.qsize())
    print(q.get_nowait())
    await asyncio.wait_for(q.put("third"), timeout=0.05)
    print("now", q.qsize(), q.get_nowait())
    try:
        q.put_nowait(1)
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull at size", q.qsize())
    q.shutdown()


asyncio.run(main())
