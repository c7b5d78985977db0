# KeyboardInterrupt raised in a task ends asyncio.run; the caller can catch it
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    raise KeyboardInterrupt

async def main():
    t = asyncio.create_task(worker())
    try:
        await asyncio.sleep(1)
    finally:
        print('main finally, worker done:', t.done())

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('caught KeyboardInterrupt around asyncio.run')
