# When main returns, asyncio.run cancels the tasks still running, and waits for them to finish.
import asyncio

async def background(name):
    try:
        print(name, 'starts')
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled at shutdown')
        await asyncio.sleep(0.05)
        print(name, 'cleaned up')
        raise

async def main():
    asyncio.create_task(background('logger'))
    asyncio.create_task(background('poller'))
    await asyncio.sleep(0.1)
    print('main returns with tasks still running')
    return 'main result'

print(asyncio.run(main()))
print('after asyncio.run')
