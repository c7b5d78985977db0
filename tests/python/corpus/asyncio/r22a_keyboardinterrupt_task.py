# A KeyboardInterrupt in a task stops asyncio.run and reaches the caller.
import asyncio

async def interrupter():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def main():
    asyncio.create_task(interrupter())
    try:
        await asyncio.sleep(1)
    finally:
        print('main finally runs')

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('caught KeyboardInterrupt around asyncio.run')
