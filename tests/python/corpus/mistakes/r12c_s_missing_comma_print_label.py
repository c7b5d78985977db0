# print of a label and a value with no comma between.
import asyncio

async def main():
    result = await asyncio.sleep(0.01, 120)
    print("factorial:" result)

asyncio.run(main())
