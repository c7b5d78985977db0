# asyncio.run called again from an except block as a fallback: what the tasks see
import asyncio
import sys

async def fetch_primary():
    await asyncio.sleep(0.01)
    raise ConnectionError('primary down')

async def fetch_backup():
    print('backup sees exc_info:', repr(sys.exc_info()[1]))
    try:
        return {}['backup']
    except KeyError as e:
        print('backup error context:', repr(e.__context__))
        raise

def main():
    try:
        asyncio.run(fetch_primary())
    except ConnectionError as e:
        print('primary failed:', e)
        asyncio.run(fetch_backup())

main()
