# A child raising SystemExit in a TaskGroup is not wrapped in an ExceptionGroup
import asyncio

async def quitter():
    await asyncio.sleep(0.01)
    raise SystemExit("config missing")

async def sibling():
    try:
        await asyncio.sleep(1)
    finally:
        print("sibling cleaned up")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quitter())
        tg.create_task(sibling())

asyncio.run(main())
