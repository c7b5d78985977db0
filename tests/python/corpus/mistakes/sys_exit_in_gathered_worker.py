import asyncio, sys
async def worker():
    await asyncio.sleep(0.01)
    print("worker exiting")
    sys.exit(4)
async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other cleanup")
async def main():
    await asyncio.gather(worker(), other())
    print("not reached")
asyncio.run(main())
