# KeyboardInterrupt raised inside a worker propagates out of asyncio.run.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

async def main():
    await asyncio.gather(worker(), asyncio.sleep(0.5))

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('interrupted by the user')
