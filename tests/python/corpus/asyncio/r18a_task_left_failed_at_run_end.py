# a failed task still referenced when asyncio.run ends, and one pending task cancelled
import asyncio

async def fail():
    raise OSError(5, 'I/O failed')

async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print('forever cleaned up')

async def main():
    global keep
    keep = asyncio.create_task(fail())
    asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    print('main ending; keep done:', keep.done())

asyncio.run(main())
print('after run')
del keep
print('after del')
