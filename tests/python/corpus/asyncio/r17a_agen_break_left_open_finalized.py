# breaking out of async for leaves the generator open; asyncio.run finalizes it at the end
import asyncio

async def numbers():
    try:
        for i in range(100):
            yield i
    finally:
        print('numbers finalized')

async def main():
    gen = numbers()
    async for n in gen:
        if n == 2:
            break
    print('broke at', n)
    await asyncio.sleep(0)
    print('main returns')

asyncio.run(main())
print('after run')
