import asyncio

async def main():
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(0.01)
            raise ValueError('bad input')
    except ValueError as e:
        print('ValueError passes through:', e)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print('cleanup runs')
                raise KeyError('cleanup failed')
    except KeyError as e:
        print('KeyError', e, 'context', type(e.__context__).__name__)

asyncio.run(main())
