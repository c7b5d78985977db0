# A task's done()/cancelled() through its life: pending, running, finished, failed, cancelled
import asyncio

async def ok():
    await asyncio.sleep(0.01)
    return 7

async def bad():
    await asyncio.sleep(0.01)
    raise KeyError('k')

async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    t3 = asyncio.create_task(ok())
    print('before:', [t.done() for t in (t1, t2, t3)])
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0.05)
    for t in (t1, t2, t3):
        print(t.get_name(), t.done(), t.cancelled(), end=' ')
        if t.cancelled():
            print('-')
        elif t.exception() is not None:
            print(repr(t.exception()))
        else:
            print(t.result())

asyncio.run(main())
