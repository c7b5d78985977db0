# without return_exceptions the first error reaches the awaiter; the others keep running
import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    print('ok', n, 'finished')
    return n

async def bad():
    await asyncio.sleep(0.1)
    raise ValueError('bad child')

async def main():
    g = asyncio.gather(ok(1, 0.2), bad(), ok(2, 0.3))
    try:
        await g
    except ValueError as e:
        print('caught', e, 'gather done:', g.done())
    await asyncio.sleep(0.4)
    print('end')

asyncio.run(main())
