# test_runners: asyncio.run cancels tasks still pending when main returns and waits for them
import asyncio

async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled at shutdown')
        await asyncio.sleep(0)
        print(name, 'cleanup finished')
        raise

async def main():
    asyncio.create_task(background('bg'))
    await asyncio.sleep(0)
    print('main done')
    return 'value'

print(asyncio.run(main()))
