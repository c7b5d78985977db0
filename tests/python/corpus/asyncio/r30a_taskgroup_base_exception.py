# A child raising KeyboardInterrupt in a TaskGroup: not wrapped in an ExceptionGroup
import asyncio

async def ok():
    try:
        await asyncio.sleep(1)
    finally:
        print("ok child cancelled")

async def interrupt():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok())
            tg.create_task(interrupt())
    except BaseException as e:
        print("caught", type(e).__name__)
        raise

asyncio.run(main())
