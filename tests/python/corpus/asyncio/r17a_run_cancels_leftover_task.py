# asyncio.run cancels a task still running when main returns, running its finally
import asyncio

async def background():
    try:
        while True:
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print('background cancelled by asyncio.run')
        raise
    finally:
        print('background finally')

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.12)
    print('main done')
    return 'result'

print(asyncio.run(main()))
