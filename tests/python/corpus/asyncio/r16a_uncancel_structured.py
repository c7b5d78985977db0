# uncancel() lets a task handle one cancel and go on; a later cancel still works
import asyncio

async def job():
    me = asyncio.current_task()
    for round_ in range(3):
        try:
            await asyncio.sleep(1)
            print('round', round_, 'slept')
        except asyncio.CancelledError:
            left = me.uncancel()
            print('round', round_, 'cancelled, left', left)
            if round_ == 2:
                raise
    return 'done'

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(1.2)
    t.cancel()
    t.cancel()
    try:
        print(await t)
    except asyncio.CancelledError:
        print('job cancelled at last', t.cancelling())

asyncio.run(main())
