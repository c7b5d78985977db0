# an error raised inside a timeout block before the deadline passes through unchanged
import asyncio

async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0.01)
            raise ValueError('inside')
    except TimeoutError:
        print('timeout')
    except ValueError as e:
        print('ValueError', e)
    try:
        async with asyncio.timeout(0):
            print('zero timeout body runs')
            await asyncio.sleep(0)
    except TimeoutError:
        print('zero timeout expired')

asyncio.run(main())
