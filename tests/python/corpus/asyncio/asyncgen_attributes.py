# an async generator's ag_running, ag_await, ag_code and ag_frame (None once finished)
import asyncio

async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2

async def main():
    g = agen()
    print(g.ag_running, g.ag_await, g.ag_code.co_name)
    print(g.__name__, type(g).__name__)
    print(await g.__anext__())
    print(g.ag_running, g.ag_await)
    print(await anext(g))
    print([x async for x in g])
    print(g.ag_frame, g.ag_await, g.ag_running)
    nxt = g.__anext__()
    try:
        await nxt
    except StopAsyncIteration:
        print('done')

asyncio.run(main())
