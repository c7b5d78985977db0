# printed the task itself at each stage (with my file's path shortened)
import asyncio

def show(label, obj):
    print(label, repr(obj).replace(__file__, 'prog.py'))

async def worker(n):
    await asyncio.sleep(0.2)
    if n < 0:
        raise ValueError('negative')
    return n * 2

def print_it(task):
    pass

async def main():
    ok = asyncio.create_task(worker(21), name='ok')
    bad = asyncio.create_task(worker(-1), name='bad')
    slow = asyncio.create_task(worker(5), name='slow')
    ok.add_done_callback(print_it)
    show('new:', ok)
    await asyncio.sleep(0.01)
    show('sleeping:', ok)
    slow.cancel()
    await asyncio.gather(ok, bad, slow, return_exceptions=True)
    for t in (ok, bad, slow):
        show('end:', t)

asyncio.run(main())
