# peeking at my async generator between steps with ag_running and ag_frame
import asyncio
import inspect

async def numbers():
    for i in range(2):
        await asyncio.sleep(0.05)
        yield i

async def main():
    agen = numbers()
    print(inspect.getasyncgenstate(agen) if hasattr(inspect, 'getasyncgenstate') else 'no getasyncgenstate')
    t = asyncio.create_task(anext(agen))
    await asyncio.sleep(0.01)
    print('running', agen.ag_running, 'line', agen.ag_frame.f_lineno)
    print('awaiting', type(agen.ag_await).__name__)
    print(await t)

asyncio.run(main())
