# gather without return_exceptions: the others keep running after the first error
import asyncio

async def worker(label, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f'{label} failed')
    print(f'Worker {label} - Done it')
    return label

async def do_something():
    try:
        await asyncio.gather(worker('A', 0.1, fail=True), worker('B', 0.2), worker('C', 0.3))
    except RuntimeError as e:
        print('do_something - caught:', e)
    print('tasks still running:', len(asyncio.all_tasks()) - 1)
    await asyncio.sleep(0.35)
    print('tasks still running:', len(asyncio.all_tasks()) - 1)

asyncio.run(do_something())
