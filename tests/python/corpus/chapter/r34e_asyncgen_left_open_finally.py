# I break out of async for early; when does my generator's finally run?
import asyncio

async def results():
    try:
        for i in range(10):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print('generator cleanup, running?', asyncio.get_running_loop().is_running())

async def main():
    gen = results()
    async for r in gen:
        print('got', r)
        if r == 1:
            break
    print('left the loop')
    await asyncio.sleep(0.01)
    print('main ending')

asyncio.run(main())
print('after run')
