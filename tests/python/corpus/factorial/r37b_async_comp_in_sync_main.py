# My main() is a plain def, but I put an async comprehension in it.
import asyncio


async def factorials(limit):
    f = 1
    for i in range(1, limit + 1):
        await asyncio.sleep(0.01)
        f *= i
        yield f


def main():
    print("Main - Starting")
    values = [f async for f in factorials(5)]
    print(values)
    print("Main - Done")


if __name__ == "__main__":
    main()
