import asyncio

async def main():
    if True:
        print("a")
	print("b")

asyncio.run(main())
