# An unexpected indent on a line with accented text.
import asyncio

async def main():
    print('début')
        print('déjà vu')

asyncio.run(main())
