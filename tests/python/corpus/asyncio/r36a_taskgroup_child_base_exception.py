# A TaskGroup child raises KeyboardInterrupt: the group cancels the rest and re-raises it as is
import asyncio


async def sibling():
    try:
        await asyncio.sleep(1)
    finally:
        print("sibling cleaned up")


async def interrupter():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(interrupter())
    except BaseException as e:
        print("main saw", type(e).__name__)
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the top")
