import asyncio

async def forever(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cancelled', n)
        raise

async def main():
    for i in range(6):
        asyncio.create_task(forever(i))
    await asyncio.sleep(0)
    print('main returns')

asyncio.run(main())
