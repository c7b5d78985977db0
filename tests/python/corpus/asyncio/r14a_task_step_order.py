# test_tasks: tasks created in a row take their first steps in creation order, interleaving at each await
import asyncio

log = []

async def worker(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    log.append(f'{name}-end')

async def main():
    tasks = [asyncio.create_task(worker(c, k)) for c, k in (('a', 3), ('b', 1), ('c', 2))]
    log.append('main')
    await asyncio.wait(tasks)
    print(' '.join(log))

asyncio.run(main())
