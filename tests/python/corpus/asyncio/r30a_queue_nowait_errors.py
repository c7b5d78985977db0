# put_nowait on a full queue and get_nowait on an empty one
import asyncio

async def main():
    q = asyncio.Queue(2)
    print(q)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty caught")
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except asyncio.TimeoutError:
        print("get timed out, getters left:", q)
    q.get_nowait()

asyncio.run(main())
