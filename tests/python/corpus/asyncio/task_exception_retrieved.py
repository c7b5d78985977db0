# Reading a failed task's exception() (or result(), or awaiting it) counts as retrieving it: no log line then.
import asyncio

async def fails(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)

async def main():
    a = asyncio.create_task(fails('read by exception()'))
    b = asyncio.create_task(fails('read by result()'))
    c = asyncio.create_task(fails('read by await'))
    await asyncio.sleep(0.01)
    print(repr(a.exception()))
    try:
        b.result()
    except RuntimeError as e:
        print('result() raised', e)
    try:
        await c
    except RuntimeError as e:
        print('await raised', e)
    del a, b, c
    print('no warnings above')

asyncio.run(main())
