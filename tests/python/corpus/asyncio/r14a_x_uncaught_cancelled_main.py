# test_runners: main cancelled from a callback: asyncio.run raises CancelledError with its traceback
import asyncio

async def main():
    task = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.05, task.cancel, 'shutting down')
    print('waiting')
    await asyncio.sleep(1)
    print('not reached')

asyncio.run(main())
