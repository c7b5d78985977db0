# a TaskGroup inside a TaskGroup's child: nested ExceptionGroups, caught partly with except*
import asyncio

async def boom(msg, d=0.01):
    await asyncio.sleep(d)
    raise RuntimeError(msg)

async def sub():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom('inner 1'))
        tg.create_task(boom('inner 2', 0.1))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sub())
            tg.create_task(boom('outer', 0.2))
    except* KeyError:
        print('no KeyError')
    print('unreached')

try:
    asyncio.run(main())
except ExceptionGroup as eg:
    print(eg)
    for e in eg.exceptions:
        print(' ', type(e).__name__, e)
        for ee in getattr(e, 'exceptions', ()):
            print('   ', type(ee).__name__, ee)
    raise
