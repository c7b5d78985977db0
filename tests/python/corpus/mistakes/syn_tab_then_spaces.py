import asyncio

async def main():
	print("tab")
        print("spaces")

asyncio.run(main())
