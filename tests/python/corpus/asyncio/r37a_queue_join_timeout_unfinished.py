# q.join() under a timeout when a consumer forgets task_done() for one item
import asyncio


async def consumer(q, handled):
    while True:
        item = await q.get()
        handled.append(item)
        if item != "forgotten":
            q.task_done()


async def main():
    q = asyncio.Queue()
    handled = []
    c = asyncio.create_task(consumer(q, handled))
    for item in ["one", "forgotten", "two"]:
        await q.put(item)
    try:
        await asyncio.wait_for(q.join(), timeout=0.1)
    except TimeoutError:
        print("join timed out; handled:", handled, "| unfinished:", q._unfinished_tasks)
    q.task_done()
    await q.join()
    print("join finished after the extra task_done()")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    c.cancel()


asyncio.run(main())
