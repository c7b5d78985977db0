# asyncio's submodules as attributes: `import asyncio.queues` then
# asyncio.queues.Queue, and asyncio.exceptions/locks/tasks/events names
# reached through the package, as code copied from CPython's tests writes them
import asyncio
import asyncio.queues
from asyncio import locks


async def worker(q: asyncio.queues.Queue, lock: locks.Lock):
    async with lock:
        item = await q.get()
        print("got", item)
        q.task_done()


async def main():
    q = asyncio.queues.Queue()
    lock = asyncio.locks.Lock()
    for i in range(3):
        q.put_nowait(i)
    tasks = [asyncio.tasks.create_task(worker(q, lock)) for _ in range(3)]
    await q.join()
    await asyncio.tasks.gather(*tasks)
    print(isinstance(tasks[0], asyncio.tasks.Task), type(tasks[0]).__name__)
    try:
        await asyncio.tasks.wait_for(asyncio.sleep(1), 0.1)
    except asyncio.exceptions.TimeoutError as e:
        print("timeout:", type(e).__name__, asyncio.exceptions.TimeoutError is TimeoutError)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.exceptions.CancelledError:
        print("cancelled", asyncio.exceptions.CancelledError.__module__)
    print(asyncio.events.get_running_loop() is asyncio.get_running_loop())
    print(hasattr(asyncio, "queues"), hasattr(asyncio, "no_such_thing"))


asyncio.run(main())
