# A reader schedules a coroutine function with call_soon: TypeError "coroutines cannot be used".
import asyncio


async def job():
    print('job ran')


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_soon(job)
    except TypeError as e:
        print('TypeError:', e)
    try:
        loop.call_later(0.1, job())
    except TypeError as e:
        print('TypeError:', e)
    loop.call_soon(asyncio.ensure_future, job())
    await asyncio.sleep(0.05)


asyncio.run(main())
