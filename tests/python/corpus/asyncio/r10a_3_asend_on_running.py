import asyncio

async def gen():
    await asyncio.sleep(0.01)
    yield 1
    yield 2

async def main():
    g = gen()
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await t)
    print(g.ag_running)
    c = g.aclose()
    await c
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
