# task reprs in each state, the script's path made portable with os.path
import asyncio
import os

HERE = os.path.abspath(__file__)

def show(t):
    print(repr(t).replace(HERE, os.path.basename(HERE)))

async def sleeper():
    await asyncio.sleep(0.2)
    return 'woke'

async def main():
    t = asyncio.create_task(sleeper(), name='sleeper')
    show(t)
    await asyncio.sleep(0.1)
    show(t)
    t.cancel('bye')
    show(t)
    try:
        await t
    except asyncio.CancelledError:
        pass
    show(t)
    t2 = asyncio.create_task(sleeper())
    await t2
    show(t2)

asyncio.run(main())
