# SystemExit raised in a call_soon callback: it leaves the loop and asyncio.run; pending tasks' finally blocks run.
import asyncio, sys

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print('worker finally')

def quit_cb():
    print('quitting')
    sys.exit(3)

async def main():
    asyncio.create_task(worker())
    asyncio.get_running_loop().call_soon(quit_cb)
    await asyncio.sleep(1)
    print('not reached')

try:
    asyncio.run(main())
finally:
    print('after run')
