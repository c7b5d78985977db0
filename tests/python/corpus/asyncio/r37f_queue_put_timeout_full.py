# Back-pressure: put() on a full queue with a timeout; the item that timed out is not added
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    await q.put("a")
    await q.put("b")
    try:
        await asyncio.wait_for(q.put("c"), timeout=0.05)
    except TimeoutError:
        print("put timed out; queue:", list(q._queue), "full:", q.full())
    try:
        q.put_nowait("d")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    print(str(q), q.maxsize)

asyncio.run(main())
