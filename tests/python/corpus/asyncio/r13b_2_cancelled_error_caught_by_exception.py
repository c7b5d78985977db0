import asyncio

async def careless():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("caught Exception:", type(e).__name__)
    except BaseException as e:
        print("caught BaseException:", type(e).__name__)
        raise

async def main():
    t = asyncio.create_task(careless())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled as expected")

asyncio.run(main())
