# ag_running and ag_await of an async generator stepped by a task, and by hand
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.02)
        yield i

async def main():
    ag = ticks(3)
    print('fresh', ag.ag_running, ag.ag_await, ag.ag_frame.f_lineno)
    step = asyncio.create_task(anext(ag))
    await asyncio.sleep(0.01)
    print('in a step', ag.ag_running, type(ag.ag_await).__name__, ag.ag_frame.f_lineno)
    print('got', await step)
    print('between', ag.ag_running, ag.ag_await)
    async for i in ag:
        print('loop', i, ag.ag_running)
    print('done', ag.ag_running, ag.ag_await, ag.ag_frame)
    ag2 = ticks(2)
    t = asyncio.create_task(ag2.asend(None))
    await asyncio.sleep(0.01)
    try:
        await ag2.asend(None)
    except RuntimeError as e:
        print('second asend:', e)
    print(await t)
    await ag2.aclose()

asyncio.run(main())
