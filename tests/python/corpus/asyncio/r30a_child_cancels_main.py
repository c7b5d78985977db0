# A child task cancels the main task with a message: asyncio.run raises CancelledError
import asyncio

async def saboteur(main_task):
    await asyncio.sleep(0.02)
    print("cancelling main")
    main_task.cancel("cancelled by saboteur")

async def main():
    asyncio.create_task(saboteur(asyncio.current_task()))
    try:
        await asyncio.sleep(1)
    finally:
        print("main cleanup")

asyncio.run(main())
