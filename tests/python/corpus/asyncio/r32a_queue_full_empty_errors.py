# Tester: QueueFull and QueueEmpty from the nowait methods, and too many task_done calls
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.task_done()
    q.task_done()
    q.task_done()

asyncio.run(main())
