import asyncio

async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0.01)
    print('not reached')

asyncio.run(main())
