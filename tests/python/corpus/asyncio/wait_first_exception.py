# asyncio.wait(return_when=FIRST_EXCEPTION): returns at the first failure; the others are still pending.
import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f'{name} failed')
    return name

async def main():
    tasks = [asyncio.create_task(work(n, d, f), name=n)
             for n, d, f in [('a', 0.1, False), ('b', 0.2, True), ('c', 0.4, False), ('d', 0.5, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('done:', sorted(t.get_name() for t in done))
    print('pending:', sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), 'exception:', repr(t.exception()))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print('after cancel:', sorted((t.get_name(), t.cancelled()) for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('all done already:', len(done), len(pending))

asyncio.run(main())
