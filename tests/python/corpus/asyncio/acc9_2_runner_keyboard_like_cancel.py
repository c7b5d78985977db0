# Runner.run() of a coroutine that cancels itself, then another run on the same runner.
import asyncio

async def cancels_itself():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

async def fine():
    return 'fine'

with asyncio.Runner() as r:
    try:
        r.run(cancels_itself())
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    print(r.run(fine()))
