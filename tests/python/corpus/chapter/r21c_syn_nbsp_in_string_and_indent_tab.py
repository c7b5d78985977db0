# A tab-indented body under a space-indented def in an async function.
import asyncio

async def main():
        print('eight spaces')
	print('one tab')

asyncio.run(main())
