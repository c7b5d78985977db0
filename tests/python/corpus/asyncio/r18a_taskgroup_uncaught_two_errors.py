# a TaskGroup with two failing children, uncaught: the ExceptionGroup traceback
import asyncio

async def fail(kind, delay):
    await asyncio.sleep(delay)
    if kind == 'value':
        raise ValueError('bad value')
    raise TypeError('bad type')

async def ok():
    await asyncio.sleep(0.01)
    return 'fine'

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ok())
        tg.create_task(fail('value', 0.05))
        tg.create_task(fail('type', 0.05))
    print('not reached')

asyncio.run(main())
