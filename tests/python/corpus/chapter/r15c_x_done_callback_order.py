# when done callbacks run relative to the awaiting coroutine and to each other
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    print(f'worker {label} returns')
    return label

async def do_something():
    t1 = asyncio.create_task(worker('A', 0.1))
    t2 = asyncio.create_task(worker('B', 0.1))
    for t in (t1, t2):
        t.add_done_callback(lambda t: print('callback 1 for', t.result()))
        t.add_done_callback(lambda t: print('callback 2 for', t.result()))
    r = await t1
    print('do_something got', r)
    await t2
    print('do_something got', t2.result())
    t1.add_done_callback(lambda t: print('late callback for', t.result()))
    print('late callback added')
    await asyncio.sleep(0)
    print('finished')

asyncio.run(do_something())
