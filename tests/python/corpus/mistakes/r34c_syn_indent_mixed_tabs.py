# My editor used a tab on one line and spaces on the other
import asyncio

async def main():
    for i in range(2):
        await asyncio.sleep(0.01)
	print("tick", i)

asyncio.run(main())
