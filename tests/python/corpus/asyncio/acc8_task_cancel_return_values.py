# cancel() returns True while the task can still be cancelled, False once it is done.
import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def quick():
    return 1

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('first cancel:', t.cancel())
    print('second cancel:', t.cancel())
    print('cancelling():', t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('caught CancelledError')
    print('after:', t.cancel(), t.cancelled(), t.done())
    q = asyncio.create_task(quick())
    await q
    print('done task cancel:', q.cancel(), q.cancelled())

asyncio.run(main())
