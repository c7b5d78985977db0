# loop.stop() inside asyncio.run(): RuntimeError, main cancelled by the shutdown.
import asyncio

async def main():
    try:
        asyncio.get_running_loop().stop()
        await asyncio.sleep(1)
    finally:
        print('main finally')

try:
    asyncio.run(main())
except RuntimeError as e:
    print('RuntimeError:', e)
asyncio.run(main())
