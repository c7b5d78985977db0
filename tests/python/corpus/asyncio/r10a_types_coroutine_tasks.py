# Tasks, TaskGroup, wait_for and asyncio.run given generators types.coroutine marked.
import asyncio, types, re

@types.coroutine
def ticker(n):
    for i in range(n):
        print('tick', i)
        yield
    return n

@types.coroutine
def slow():
    try:
        yield from asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow cancelled')
        raise

async def main():
    t = asyncio.create_task(ticker(2), name='tk')
    print(re.sub(r'at \S+:', 'at F:', repr(t)))
    print(await t)
    print(re.sub(r'at \S+:', 'at F:', repr(t)))
    s = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    print(re.sub(r'at \S+:', 'at F:', repr(s)))
    s.cancel()
    await asyncio.gather(s, return_exceptions=True)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ticker(1))
    print(await asyncio.wait_for(ticker(1), 1))
    g = ticker(3)
    print(next(g), next(g))

print(asyncio.run(ticker(1)))
asyncio.run(main())
