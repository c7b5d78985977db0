# Mistake: sys.exit in one task; the others' cleanup shows what they were handling when cancelled.
import asyncio
import sys

async def watchdog():
    await asyncio.sleep(0.1)
    print("watchdog: giving up")
    sys.exit(4)

async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "cancelled while handling", repr(e.__context__))
        raise
    finally:
        print(name, "cleanup, handling", repr(sys.exception()))

async def main():
    asyncio.create_task(watchdog())
    await asyncio.gather(worker("w1"), worker("w2"))

asyncio.run(main())
