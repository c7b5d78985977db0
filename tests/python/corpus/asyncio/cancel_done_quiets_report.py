# cancel() of a task or future that already failed returns False, and no "never retrieved" is logged
import asyncio

async def boom():
    raise ValueError('x')

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print(t.done(), t.cancel(), t.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('k'))
    print(f.cancel(), f.done())
    g = asyncio.get_running_loop().create_future()
    g.set_exception(OSError('unread'))

asyncio.run(main())
print('end')
