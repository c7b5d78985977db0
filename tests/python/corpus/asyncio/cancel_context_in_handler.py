# a task cancelled inside an except block: its CancelledError has the handled exception as __context__
import asyncio
async def w(kind):
    try:
        raise ValueError('handled')
    except ValueError:
        if kind == 'future':
            await asyncio.sleep(10)
        else:
            await asyncio.sleep(0)
            await asyncio.sleep(0)
async def main():
    for kind in ('future', 'yield'):
        t = asyncio.create_task(w(kind))
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError as e:
            print(kind, repr(e.__context__))
asyncio.run(main())
