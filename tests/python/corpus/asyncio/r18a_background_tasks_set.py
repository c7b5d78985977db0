# the docs' pattern: keep background tasks in a set and discard each when it is done
import asyncio

background_tasks = set()
finished = []

async def job(n):
    await asyncio.sleep(0.1 * n)
    finished.append(n)
    return n

def start(n):
    task = asyncio.create_task(job(n), name=f'job-{n}')
    background_tasks.add(task)
    task.add_done_callback(background_tasks.discard)

async def main():
    for n in (3, 1, 2, 0):
        start(n)
    print('running:', sorted(t.get_name() for t in background_tasks))
    await asyncio.sleep(0.15)
    print('still running:', sorted(t.get_name() for t in background_tasks))
    while background_tasks:
        await asyncio.sleep(0.1)
    print('finished in order:', finished)
    print('all_tasks now:', [t.get_name() for t in asyncio.all_tasks()])

asyncio.run(main())
