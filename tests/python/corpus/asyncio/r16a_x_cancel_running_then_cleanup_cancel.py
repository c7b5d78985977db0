# A task cancels itself, catches it, then is cancelled from outside during its cleanup sleep
import asyncio

async def job():
    me = asyncio.current_task()
    me.cancel('self')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('first', e.args, me.cancelling())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('second', e.args, me.cancelling())
        raise

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.5)
    t.cancel('outside')
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, r[0].args)

asyncio.run(main())
