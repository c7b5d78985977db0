# typed return_when as a string; the right one works, then I tried a lowercase one
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.2), ('B', 0.05))]
    done, pending = await asyncio.wait(tasks, return_when='FIRST_COMPLETED')
    print('first:', [t.result() for t in done], 'pending:', len(pending))
    print('constant is a str:', repr(asyncio.FIRST_COMPLETED))
    done, pending = await asyncio.wait(pending, return_when='first')
    print('never here', done)

asyncio.run(do_something())
