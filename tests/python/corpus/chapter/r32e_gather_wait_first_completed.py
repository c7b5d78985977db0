# asyncio.wait with FIRST_COMPLETED and then cancel the rest
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l, d), name=l)
             for l, d in [('slow', 0.3), ('fast', 0.02), ('mid', 0.15)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first:', [t.result() for t in done])
    print('still going:', sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print('cancelled:', sorted(t.get_name() for t in tasks if t.cancelled()))

asyncio.run(do_something())
