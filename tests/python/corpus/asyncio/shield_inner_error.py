# shield passes the inner task's exception through; a shielded task cancelled itself cancels the shield too.
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ZeroDivisionError('inside the shield')

async def sleeper():
    await asyncio.sleep(1)

async def main():
    try:
        await asyncio.shield(fails())
    except ZeroDivisionError as e:
        print('shield raised', repr(e))
    t = asyncio.create_task(sleeper())
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print('shield cancelled with its task:', s.cancelled())

asyncio.run(main())
