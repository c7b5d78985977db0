# A child that raises SystemExit in a TaskGroup: the siblings are cancelled and the program exits with the code.
import asyncio

async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print('other cleaned up')

async def quitter():
    await asyncio.sleep(0.01)
    raise SystemExit(3)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(other())
        tg.create_task(quitter())
    print('not reached')

try:
    asyncio.run(main())
finally:
    print('finally at top level')
