# shield: cancelling the waiter does not cancel the shielded task, which finishes; shield of a finished future.
import asyncio

async def important():
    await asyncio.sleep(0.1)
    print('important work finished')
    return 'saved'

async def caller(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print('caller cancelled; inner cancelled?', t.cancelled())
        raise

async def main():
    t = asyncio.create_task(important())
    c = asyncio.create_task(caller(t))
    await asyncio.sleep(0.02)
    c.cancel()
    await asyncio.sleep(0)
    print('caller cancelled:', c.cancelled())
    print('inner result:', await t)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('done already')
    print(await asyncio.shield(fut))
    print(await asyncio.shield(asyncio.sleep(0, 'a coroutine')))

asyncio.run(main())
