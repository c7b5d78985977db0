# asyncio.run called from inside a coroutine that is already running in a loop
import asyncio


async def helper():
    await asyncio.sleep(0.1)
    return 42


async def main():
    print('main started')
    value = asyncio.run(helper())
    print(value)


asyncio.run(main())
