import asyncio

async def main():
    await asyncio.sleep(0)
	print("tabbed line")

asyncio.run(main())
