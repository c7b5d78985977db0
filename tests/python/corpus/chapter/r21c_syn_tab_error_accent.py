# A TabError on a line with accented text.
import asyncio

async def main():
    if True:
        print('a')
	print('été')

asyncio.run(main())
