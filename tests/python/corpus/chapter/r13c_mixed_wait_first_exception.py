import asyncio

async def worker(label, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ArithmeticError(f'{label} failed')
    return label

async def do_something():
    tasks = [asyncio.create_task(worker('A', 0.02)),
             asyncio.create_task(worker('B', 0.05, fail=True)),
             asyncio.create_task(worker('C', 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done:', sorted(t.get_name() for t in done))
    print('pending:', [t.get_name() for t in pending])
    for t in tasks:
        if t.done():
            print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print('cancelled:', [t.cancelled() for t in tasks])

asyncio.run(do_something())
