# A task still sleeping when main returns gets cancelled by asyncio.run.
import asyncio

async def worker():
    try:
        print('worker sleeping')
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('worker cancelled at shutdown')
        raise
    finally:
        print('worker finally')

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print('main returns')

asyncio.run(main())
print('done')
