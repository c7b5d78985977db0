# sys.exit() inside a task ends asyncio.run with that exit code after cleanup
import asyncio
import sys


async def worker():
    await asyncio.sleep(0.01)
    print("worker exiting with code 3")
    sys.exit(3)


async def main():
    t = asyncio.create_task(worker())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally, worker done:", t.done())


asyncio.run(main())
print("not reached")
