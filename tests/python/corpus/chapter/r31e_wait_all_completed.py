# converted gather to asyncio.wait and sorted the done set by name
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label * 3

async def do_something():
    tasks = [asyncio.create_task(worker(l, d), name=l)
             for l, d in (('x', 0.05), ('y', 0.02), ('z', 0.08))]
    done, pending = await asyncio.wait(tasks)
    print('done:', len(done), 'pending:', len(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.result())

asyncio.run(do_something())
