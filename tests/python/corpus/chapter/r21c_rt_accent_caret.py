# A runtime error on a line with accented text: caret columns.
import asyncio

async def main():
    prix = {'café': 2}
    print('total', prix['café'] + prix['thé'])

asyncio.run(main())
