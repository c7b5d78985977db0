import asyncio, re

def clean(o):
    return re.sub(r' at 0x[0-9a-f]+| at /[^ >]+:\d+', '', repr(o))

async def ok():
    return 'fine'

async def bad():
    raise KeyError('k')

async def slow():
    await asyncio.sleep(1)

async def main():
    t1 = asyncio.create_task(ok(), name='ok')
    t2 = asyncio.create_task(bad(), name='bad')
    t3 = asyncio.create_task(slow(), name='slow')
    print(clean(t1))
    await asyncio.sleep(0)
    print(clean(t1))
    print(clean(t2))
    print(clean(t3))
    t3.cancel()
    print(clean(t3))
    await asyncio.sleep(0)
    print(clean(t3))
    t2.exception()

asyncio.run(main())
