# What the synchronisation primitives' methods return, and what "async with ... as x" binds
import asyncio


async def main():
    lock = asyncio.Lock()
    print("acquire ->", await lock.acquire(), "| release ->", lock.release())
    async with lock as x:
        print("async with Lock as x ->", x)
    sem = asyncio.Semaphore(2)
    async with sem as s:
        print("async with Semaphore as s ->", s)
    ev = asyncio.Event()
    print("set ->", ev.set(), "| wait ->", await ev.wait())
    items = []
    cond = asyncio.Condition()
    async with cond as c:
        print("async with Condition as c ->", c)
        asyncio.create_task(notifier(cond, items))
        got = await cond.wait_for(lambda: items)
        print("wait_for returns the predicate's value ->", got)
        asyncio.create_task(notifier(cond, items))
        print("wait ->", await cond.wait())
    q = asyncio.Queue()
    print("put ->", await q.put(1), "| put_nowait ->", q.put_nowait(2), "| task_done ->", q.task_done())
    async with asyncio.TaskGroup() as tg:
        print("TaskGroup binds", type(tg).__name__)
    async with asyncio.timeout(1) as t:
        print("timeout binds", type(t).__name__)


async def notifier(cond, items):
    async with cond:
        items.append("item")
        cond.notify_all()


asyncio.run(main())
