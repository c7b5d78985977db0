# The workers under asyncio.wait(FIRST_EXCEPTION): the failure ends the wait early
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise RuntimeError('worker 2 failed')
    return n

async def do_something():
    tasks = [asyncio.create_task(worker(n), name=f'w{n}') for n in (1, 2, 5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done:', sorted(t.get_name() for t in done))
    print('pending:', sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()

asyncio.run(do_something())
