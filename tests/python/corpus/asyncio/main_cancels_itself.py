# main cancels its own task: asyncio.run raises CancelledError with its traceback.
import asyncio

async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0.1)
    print('unreachable')

asyncio.run(main())
