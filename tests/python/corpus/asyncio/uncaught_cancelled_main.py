# main cancelled by a task: asyncio.run raises CancelledError to the caller, and the traceback shows it.
import asyncio

async def canceller(task):
    await asyncio.sleep(0.01)
    task.cancel()

async def main():
    asyncio.create_task(canceller(asyncio.current_task()))
    print('main sleeping')
    await asyncio.sleep(1)

try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print('caught', type(e).__name__, 'at top level')
asyncio.run(main())
