# PyMOTW's chained coroutines rewritten with asyncio.run and a main().
import asyncio


async def phase1():
    print('in phase1')
    await asyncio.sleep(0.01)
    return 'result1'


async def phase2(arg):
    print('in phase2')
    await asyncio.sleep(0.02)
    return 'result2 derived from {}'.format(arg)


async def outer():
    result1 = await phase1()
    result2 = await phase2(result1)
    return (result1, result2)


print('return value:', asyncio.run(outer()))
