import asyncio

async def broken():
    await asyncio.sleep(0)
    raise ConnectionError('lost connection')

async def main():
    asyncio.create_task(broken(), name='bg')
    await asyncio.sleep(0.01)
    print('main done')

asyncio.run(main())
print('program ends')
