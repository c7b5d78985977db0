import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    tasks = [asyncio.create_task(job('a', 0.01), name='a'),
             asyncio.create_task(job('b', 0.02, fail=True), name='b'),
             asyncio.create_task(job('c', 0.5), name='c')]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done', sorted(t.get_name() for t in done))
    print('pending', sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

asyncio.run(main())
