# Another task cancels the main task: asyncio.run raises CancelledError
import asyncio

async def assassin(target):
    await asyncio.sleep(0.02)
    print("cancelling main")
    target.cancel()

async def main():
    asyncio.create_task(assassin(asyncio.current_task()))
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")

asyncio.run(main())
