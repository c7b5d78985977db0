# split the TaskGroup's errors: handle ValueErrors, re-raise the rest uncaught
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    if n == 1:
        raise ValueError('one')
    if n == 2:
        raise TypeError('two')
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(worker(n))
    except ExceptionGroup as eg:
        handled, rest = eg.split(ValueError)
        print('handled:', handled.exceptions)
        if rest:
            raise rest

asyncio.run(main())
