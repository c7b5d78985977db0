# A TaskGroup body that swallows the CancelledError sent when a child fails: the group still raises
import asyncio


async def failing():
    await asyncio.sleep(0.01)
    raise OSError("disk full")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body swallowed the cancellation, cancelling() =", asyncio.current_task().cancelling())
            print("body keeps going")
    except* OSError as eg:
        print("group raised:", [repr(e) for e in eg.exceptions])
    print("main cancelling() =", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("main can still await")


asyncio.run(main())
