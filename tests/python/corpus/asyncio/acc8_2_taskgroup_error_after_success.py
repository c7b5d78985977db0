# In a TaskGroup, tasks that finished before the failure keep their results; later ones are cancelled.
import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(n)
    return n

async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(job(1, 0.01)))
            tasks.append(tg.create_task(job(2, 0.1, True)))
            tasks.append(tg.create_task(job(3, 0.5)))
    except* ValueError as eg:
        print('failed:', eg.exceptions)
    print(tasks[0].result(), tasks[2].cancelled())

asyncio.run(main())
