import asyncio

async def worker(n):
    me = asyncio.current_task()
    print(f'{me.get_name()} starting')
    await asyncio.sleep(0.02 * n)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(f'{me.get_name()} sees {names}')
    return n

async def do_something():
    asyncio.current_task().set_name('main-task')
    tasks = [asyncio.create_task(worker(n), name=f'worker-{n}') for n in (1, 2, 3)]
    print('before gather:', len(asyncio.all_tasks()), 'tasks')
    print(await asyncio.gather(*tasks))
    print('after gather:', [t.get_name() for t in asyncio.all_tasks()])

asyncio.run(do_something())
