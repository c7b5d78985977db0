import asyncio

async def helper():
    return 1

async def main():
    helper()
    await asyncio.sleep(0)
    print('main done')

asyncio.run(main(), debug=True)
