# one callback for all tasks that prints result(), exception() or cancelled() depending on the task
import asyncio

async def worker(kind):
    await asyncio.sleep(0.05)
    if kind == 'error':
        raise OverflowError('number too big')
    if kind == 'cancel':
        await asyncio.sleep(1)
    return kind.upper()

def print_it(task):
    if task.cancelled():
        print(f'{task.get_name()}: cancelled')
    elif task.exception() is not None:
        e = task.exception()
        print(f'{task.get_name()}: {type(e).__name__}: {e} (args={e.args})')
    else:
        print(f'{task.get_name()}: {task.result()}')

async def do_something():
    tasks = [asyncio.create_task(worker(k), name=k) for k in ('ok', 'error', 'cancel')]
    for t in tasks:
        t.add_done_callback(print_it)
    await asyncio.sleep(0.2)
    tasks[2].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(do_something())
