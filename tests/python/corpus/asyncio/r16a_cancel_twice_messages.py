# cancel() twice with two messages: the first message wins, cancelling() counts both
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('inside sees', e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel('first'), t.cancel('second'))
    print('cancelling', t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('outside sees', e.args)
    print(t.cancelling(), t.cancelled())

asyncio.run(main())
