# Two cancel() calls with different messages before the task wakes.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('sleeper got', e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel('first'), t.cancel('second'))
    print('cancelling:', t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', e.args)

asyncio.run(main())
# (end of the program)
