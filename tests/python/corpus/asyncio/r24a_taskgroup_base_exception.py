import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    finally:
        print("sleeper cleaned up")

async def quitter():
    await asyncio.sleep(0.01)
    raise SystemExit(3)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper())
        tg.create_task(quitter())
    print("not reached")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped with code", e.code)
asyncio.run(quitter())
