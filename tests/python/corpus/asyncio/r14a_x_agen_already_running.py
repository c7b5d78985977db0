# test_asyncgen: a second __anext__ while the first is suspended raises "asynchronous generator is already running"
import asyncio

async def slow_gen():
    await asyncio.sleep(0.05)
    yield 'one'

async def main():
    g = slow_gen()
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await t)
    print(g.ag_running)
    await g.aclose()

asyncio.run(main())
