# a learner tags tasks with an attribute of their own to tell them apart in wait()
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d * 10

async def main():
    tasks = []
    for label, d in (('slow', 0.3), ('fast', 0.1), ('medium', 0.2)):
        t = asyncio.create_task(job(d))
        t.label = label
        tasks.append(t)
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            print(t.label, t.result())
    fut = asyncio.get_running_loop().create_future()
    fut.tag = 'mine'
    print(fut.tag, hasattr(tasks[0], '__dict__'))

asyncio.run(main())
