# Tasks still running when main returns are cancelled by asyncio.run; their finally blocks and excepts print.
import asyncio

async def background(n):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print('background', n, 'cancelled')
        raise
    finally:
        print('background', n, 'finally')

async def main():
    for n in range(3):
        asyncio.create_task(background(n))
    await asyncio.sleep(0.025)
    print('main returns')
    return 'result'

print(asyncio.run(main()))
print('after run')
