# put_nowait on a full queue and get_nowait on an empty one raise QueueFull and QueueEmpty.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print("full:", q.full(), "maxsize:", q.maxsize)
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised", asyncio.QueueFull.__mro__[1].__name__)
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty raised:", repr(e))
    q.put_nowait("d")
    print(q)
    unbounded = asyncio.Queue()
    print(unbounded.maxsize, unbounded.full())

asyncio.run(main())
