# sys.exit inside a coroutine: SystemExit leaves asyncio.run, finally blocks run, status 2
import asyncio
import sys

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print('worker cleaned up')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print('main decides to stop')
    sys.exit(2)

try:
    asyncio.run(main())
finally:
    print('after asyncio.run')
