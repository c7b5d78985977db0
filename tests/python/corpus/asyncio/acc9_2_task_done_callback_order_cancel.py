# Done callbacks of a cancelled task run in order; one removed before; one that raises is logged, the next still runs.
import asyncio

async def sleeper():
    await asyncio.sleep(1)

def cb(name):
    def f(t):
        print(name, 'cancelled:', t.cancelled())
        if name == 'second':
            raise ValueError('callback failed')
    f.__qualname__ = name
    return f

async def main():
    t = asyncio.create_task(sleeper())
    cbs = [cb(n) for n in ('first', 'second', 'third', 'fourth')]
    for c in cbs:
        t.add_done_callback(c)
    print('removed:', t.remove_done_callback(cbs[2]))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
