# Queue workers in a TaskGroup: one item makes a worker fail; the others are cancelled while waiting on get().
import asyncio

async def worker(name, q, done):
    try:
        while True:
            item = await q.get()
            if item == 'poison':
                raise ValueError(f'{name} got poison')
            done.append((name, item))
            q.task_done()
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    q = asyncio.Queue()
    for item in ['a', 'b', 'c', 'poison']:
        q.put_nowait(item)
    done = []
    try:
        async with asyncio.TaskGroup() as tg:
            for n in ('w1', 'w2'):
                tg.create_task(worker(n, q, done))
    except* ValueError as eg:
        print('failed:', [str(e) for e in eg.exceptions])
    print(done, 'unfinished:', q._unfinished_tasks)

asyncio.run(main())
