# A child raising KeyboardInterrupt inside a TaskGroup: not wrapped in a group
import asyncio

async def interrupter():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def patient():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("patient cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(patient())
        tg.create_task(interrupter())

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the top")
