# wait(FIRST_EXCEPTION): returns when one fails; done and pending reported by name, sorted
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(0.1), name='a'),
             asyncio.create_task(job(0.2, True), name='b'),
             asyncio.create_task(job(0.3), name='c')]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done', sorted(t.get_name() for t in done))
    print('pending', sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
