# Asks how many factorials to compute; when run with no input at all, input() hits end of file.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    print("Main - Starting")
    count = int(input("How many? "))
    print(await asyncio.gather(*(factorial(n) for n in range(count))))


if __name__ == "__main__":
    asyncio.run(main())
