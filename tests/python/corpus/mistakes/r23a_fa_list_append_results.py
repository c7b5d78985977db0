import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    squares = []
    for x in range(3):
        squares.append(square(x))
    print("count:", len(squares))
    print("first is int:", isinstance(squares[0], int))

asyncio.run(main())
