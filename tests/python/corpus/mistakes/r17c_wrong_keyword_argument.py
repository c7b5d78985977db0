# asyncio.sleep given a keyword it does not have: TypeError unexpected keyword argument
import asyncio


async def main():
    print('waiting')
    await asyncio.sleep(seconds=0.1)
    print('done')


asyncio.run(main())
