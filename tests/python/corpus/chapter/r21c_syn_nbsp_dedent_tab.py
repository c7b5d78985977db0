# A tab plus a non-breaking space at the start of a dedented line.
import asyncio

async def main():
        print('a')
     print('b')

asyncio.run(main())
