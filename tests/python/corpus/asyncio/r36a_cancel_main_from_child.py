# A child task cancels the main task with a message; asyncio.run ends with CancelledError
import asyncio


async def watchdog(main_task):
    await asyncio.sleep(0.02)
    print("watchdog: cancelling main")
    main_task.cancel("watchdog fired")


async def main():
    asyncio.create_task(watchdog(asyncio.current_task()))
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally, cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
