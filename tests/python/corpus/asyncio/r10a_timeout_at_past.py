import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('body runs')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('timed out at once')
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('body without await')
        print('no await, no timeout')
    except TimeoutError:
        print('timed out without await')

asyncio.run(main())
