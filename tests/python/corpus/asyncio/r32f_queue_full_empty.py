# Non-blocking queue calls: QueueFull and QueueEmpty, and the queue's repr
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print("full:", q.full(), "size:", q.qsize())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(q)
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty raised", repr(e))
    print("empty:", q.empty())
    try:
        item = await asyncio.wait_for(q.get(), timeout=0.02)
    except asyncio.TimeoutError:
        print("nothing arrived")
    q.task_done()

asyncio.run(main())
