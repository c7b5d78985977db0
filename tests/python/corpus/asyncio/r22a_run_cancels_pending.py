# asyncio.run cancels tasks still pending when main returns.
import asyncio

log = []

async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled at shutdown')
        raise
    finally:
        log.append(f'{name} finally')

async def main():
    asyncio.create_task(background('bg1'))
    asyncio.create_task(background('bg2'))
    await asyncio.sleep(0.01)
    print('main returns')
    return 'main value'

print(asyncio.run(main()))
print(sorted(log))
