# an async comprehension inside a normal function called from main
import asyncio

async def squares(n):
    for i in range(n):
        yield i * i

def gather_squares(n):
    return [s async for s in squares(n)]

async def main():
    print(gather_squares(4))

asyncio.run(main())
