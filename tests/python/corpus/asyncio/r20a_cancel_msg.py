# Task.cancel(msg): the message reaches the CancelledError inside and outside the task.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('inside:', e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper(), name='sleeper')
    await asyncio.sleep(0.01)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outside:', e.args)
    print(t.get_name(), t.cancelled(), t.done())


asyncio.run(main())
