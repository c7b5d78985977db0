# An if body indented with a tab after lines indented with spaces.
import asyncio

async def main():
    for i in range(3):
        if i % 2 == 0:
            print("even", i)
	    print("done")

asyncio.run(main())
