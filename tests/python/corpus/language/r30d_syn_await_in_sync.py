# await used inside an ordinary def instead of async def
import asyncio

def main():
    await asyncio.sleep(0.1)
    print('done')


asyncio.run(main())
