# SystemExit in a TaskGroup child is not grouped: it propagates as itself
import asyncio

async def quitter():
    await asyncio.sleep(0.01)
    raise SystemExit(3)

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('sleeper cancelled')
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper())
        tg.create_task(quitter())

try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit', e.code)
