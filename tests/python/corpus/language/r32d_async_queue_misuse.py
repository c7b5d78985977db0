# Misusing asyncio.Queue: task_done called too often, get_nowait on an empty queue, and a join that finishes
import asyncio


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    got = [q.get_nowait() for _ in range(3)]
    print(got, q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    for _ in got:
        q.task_done()
    await q.join()
    print("joined", q)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q2 = asyncio.Queue(maxsize=1)
    await q2.put("a")
    try:
        await asyncio.wait_for(q2.put("b"), 0.05)
    except TimeoutError:
        print("put timed out; size", q2.qsize(), q2.full())
    await asyncio.sleep(-1)
    print("negative sleep is fine")
    asyncio.Queue(maxsize="3")


asyncio.run(main())
