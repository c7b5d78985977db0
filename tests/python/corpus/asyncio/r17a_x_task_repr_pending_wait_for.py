# a pending task's repr names where its coroutine runs and the future it waits for
import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def waiter(fut):
    await fut

async def main():
    t = asyncio.create_task(sleeper(), name='sleepy')
    print(repr(t).replace(__file__, 'HERE'))
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'HERE'))
    f = asyncio.get_running_loop().create_future()
    w = asyncio.create_task(waiter(f), name='w')
    await asyncio.sleep(0)
    print(repr(w).replace(__file__, 'HERE'))
    print(repr(f).replace(__file__, 'HERE'))
    t.cancel()
    f.set_result(None)
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, 'HERE'))

asyncio.run(main())
