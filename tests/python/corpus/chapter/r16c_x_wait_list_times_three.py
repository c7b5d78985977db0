# asyncio.wait given [task] * 3: the set of done tasks holds one task
import asyncio

async def worker(label):
    await asyncio.sleep(0.1)
    return label * 2

async def do_something():
    task = asyncio.create_task(worker('A'))
    done, pending = await asyncio.wait([task] * 3)
    print('done:', len(done), 'pending:', len(pending))
    print([t.result() for t in done])
    tasks = [asyncio.create_task(worker(c)) for c in 'BC'] * 2
    done, _ = await asyncio.wait(tasks)
    print(len(tasks), 'given,', len(done), 'done:', sorted(t.result() for t in done))

asyncio.run(do_something())
