# str() of a Queue as getters wait, items arrive and tasks are marked done
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(q)
    await q.put("x")
    await asyncio.sleep(0)
    print(q, getter.result())
    await q.put("y")
    await q.put("z")
    print(q)
    putter = asyncio.create_task(q.put("w"))
    await asyncio.sleep(0)
    print(q)
    q.get_nowait()
    await putter
    print(q)
    for _ in range(4):
        q.task_done()
    print(q, q.empty(), q.full())

asyncio.run(main())
