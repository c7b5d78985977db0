# An error in one gathered coroutine left uncaught: the traceback goes through main
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def main():
    numbers = await asyncio.gather(parse("1"), parse("2"), parse("three"))
    print(sum(numbers))

asyncio.run(main())
