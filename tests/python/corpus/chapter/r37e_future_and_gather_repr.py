# what do a plain Future and a gather look like when printed?
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

def cb(fut):
    pass

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    fut.add_done_callback(cb)
    print(repr(fut).replace(__file__, 'prog.py'))
    fut.set_result([1, 2])
    print(repr(fut))
    bad = loop.create_future()
    bad.set_exception(KeyError('k'))
    print(repr(bad))
    bad.exception()
    gone = loop.create_future()
    gone.cancel()
    print(repr(gone))
    g = asyncio.gather(worker(1), worker(2))
    await g
    print(repr(g))

asyncio.run(main())
