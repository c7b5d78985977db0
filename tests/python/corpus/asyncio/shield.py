# shield(): cancelling the waiter does not cancel the shielded task.
import asyncio

async def important():
    await asyncio.sleep(0.2)
    print('important work finished')
    return 'saved'

async def main():
    task = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.05)
    except asyncio.TimeoutError:
        print('waiting timed out, but the task goes on:', task.cancelled())
    print('result:', await task)

    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.sleep(0.3)
    print('outer cancelled:', outer.cancelled(), 'inner result:', inner.result())

asyncio.run(main())
