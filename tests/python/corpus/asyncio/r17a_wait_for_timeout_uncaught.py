# an uncaught wait_for timeout shows CancelledError then TimeoutError in the traceback
import asyncio

async def fetch():
    await asyncio.sleep(5)

async def main():
    print('fetching')
    await asyncio.wait_for(fetch(), timeout=0.1)

asyncio.run(main())
