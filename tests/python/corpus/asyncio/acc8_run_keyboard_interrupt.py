# KeyboardInterrupt raised in main: asyncio.run lets it through; caught at the top level.
import asyncio

async def helper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('helper cancelled')
        raise

async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('KeyboardInterrupt at the top')
