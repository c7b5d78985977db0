# gather replaced with asyncio.wait and the done set sorted
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * (4 - n))
    return n * 11

async def do_something():
    tasks = [asyncio.create_task(worker(n)) for n in range(1, 4)]
    done, pending = await asyncio.wait(tasks)
    print('done:', len(done), 'pending:', len(pending))
    print('results:', sorted(t.result() for t in done))
    print('in task order:', [t.result() for t in tasks])

asyncio.run(do_something())
