# str() of a Queue shows its items, waiting getters and putters, and unfinished tasks
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    await q.put("a")
    await q.put("b")
    print(str(q))
    putter = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print(str(q).replace("<Future pending>", "F"))
    print(q.get_nowait(), q.get_nowait())
    await putter
    print(str(q))
    q.task_done(); q.task_done()
    print(q.get_nowait(), str(q))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q).split(" _getters")[0], "getters waiting:", "_getters[1]" in str(q))
    getter.cancel()

asyncio.run(main())
