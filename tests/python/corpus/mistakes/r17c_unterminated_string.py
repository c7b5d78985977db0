# A string that is never closed on its line: unterminated string literal
import asyncio


async def main():
    print('Main - Starting)
    await asyncio.sleep(0.1)
    print('Main - Done')


asyncio.run(main())
