# await inside a plain generator function (def with yield)
import asyncio

def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def main():
    for x in numbers(3):
        print(x)

asyncio.run(main())
