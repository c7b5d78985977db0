# A SystemExit in a child is re-raised as itself, not grouped.
import asyncio

async def quitter():
    await asyncio.sleep(0.01)
    raise SystemExit(3)

async def bystander():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('bystander cancelled')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quitter())
            tg.create_task(bystander())
    except SystemExit as e:
        print('SystemExit with code', e.code)
    except BaseExceptionGroup as eg:
        print('group', eg)

asyncio.run(main())
# (end of the program)
