# An async generator left by break is closed by asyncio.run's shutdown, running its finally
import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print('numbers finally')

async def main():
    async for n in numbers():
        if n == 2:
            break
    print('loop left at', n)
    print('main returns')

asyncio.run(main())
print('after run')
