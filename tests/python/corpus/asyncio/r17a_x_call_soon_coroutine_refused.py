# call_soon of a coroutine function (no debug mode): it is called, its coroutine never awaited
import asyncio

async def job():
    print('job body never runs')

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(job)
    print('scheduled', type(h).__name__)
    loop.call_later(0.1, job)
    loop.call_soon(42)
    await asyncio.sleep(0.2)
    print('main done')

asyncio.run(main())
