# A task's repr names what it waits for: a plain future, another task, an event, a gather (on stderr).
import asyncio
import sys

def show(label, obj):
    print(label, repr(obj), file=sys.stderr)

async def on_future(fut):
    return await fut

async def on_task(t):
    return await t

async def on_event(ev):
    await ev.wait()

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = asyncio.create_task(on_future(fut), name='a')
    b = asyncio.create_task(on_task(a), name='b')
    ev = asyncio.Event()
    c = asyncio.create_task(on_event(ev), name='c')
    await asyncio.sleep(0)
    show('a:', a)
    show('b:', b)
    show('c:', c)
    show('future:', fut)
    fut.set_result('x')
    ev.set()
    await asyncio.gather(a, b, c)
    show('b done:', b)
    print('ok')

asyncio.run(main())
