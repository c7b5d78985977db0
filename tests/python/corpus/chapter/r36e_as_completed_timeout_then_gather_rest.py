# as_completed with a timeout; after the TimeoutError I gather whatever tasks are still running
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'{label} after {delay}'

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in (('A', 0.05), ('B', 0.4), ('C', 0.15), ('D', 0.5))]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.25):
            print('got', await fut)
    except asyncio.TimeoutError:
        print('timeout! still running:', sum(not t.done() for t in tasks))
    rest = [t for t in tasks if not t.done()]
    print('late ones:', await asyncio.gather(*rest))

asyncio.run(do_something())
