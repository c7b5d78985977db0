import asyncio

async def main()
    await asyncio.sleep(0)
    print("hi")

asyncio.run(main())
