# asyncio.run() cancels a leftover task that raises while cancelled: "unhandled exception during asyncio.run() shutdown".
import asyncio

async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        1 / 0

async def ignores():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('ignores: caught cancel, returning')
        return 'ignored'

async def main():
    asyncio.create_task(leftover())
    asyncio.create_task(ignores())
    await asyncio.sleep(0)
    print('main returns')
    return 'main result'

print(asyncio.run(main()))
print('after run')
