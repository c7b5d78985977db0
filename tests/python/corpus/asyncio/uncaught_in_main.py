# An exception escaping the main coroutine ends asyncio.run with a traceback and status 1.
import asyncio

async def fetch(url):
    await asyncio.sleep(0.05)
    if 'bad' in url:
        raise ConnectionError(f'cannot reach {url}')
    return url

async def main():
    print(await fetch('good.example'))
    print(await fetch('bad.example'))
    print('not reached')

asyncio.run(main())
print('not reached either')
