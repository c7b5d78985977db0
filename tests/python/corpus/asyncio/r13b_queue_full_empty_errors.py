import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except asyncio.TimeoutError:
        print("get timed out")
    print(repr(q).split(" ", 3)[-1])

asyncio.run(main())
