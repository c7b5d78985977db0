# Mistake: the except block's own logging line fails (a chained "During handling" traceback).
import asyncio


async def fetch(url):
    await asyncio.sleep(0.01)
    raise ConnectionError(f'cannot reach {url}')


async def main():
    try:
        await fetch('example.org')
    except ConnectionError as e:
        print('failed: ' + e)


asyncio.run(main())
