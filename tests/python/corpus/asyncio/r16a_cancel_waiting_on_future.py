# Cancelling a task that awaits a bare Future cancels that Future too
import asyncio

async def waiter(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        print('waiter: fut cancelled?', fut.cancelled())
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('fut callback, cancelled =', f.cancelled()))
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel('stop')
    await asyncio.sleep(0)
    print('fut done', fut.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('task', e.args)
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print('fut result raises', type(e).__name__, e.args)

asyncio.run(main())
