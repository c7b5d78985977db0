# KeyboardInterrupt raised in main and caught around asyncio.run
import asyncio
async def main():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("interrupted")
