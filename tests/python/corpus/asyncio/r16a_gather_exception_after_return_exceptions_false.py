# Two failures in gather: the first is raised, the second is retrieved later from its task
import asyncio

async def fail(d, msg):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    t1 = asyncio.create_task(fail(0.1, 'one'))
    t2 = asyncio.create_task(fail(0.2, 'two'))
    try:
        await asyncio.gather(t1, t2)
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.2)
    print('t2 exception:', repr(t2.exception()))

asyncio.run(main())
