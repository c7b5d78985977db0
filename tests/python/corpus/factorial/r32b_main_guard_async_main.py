# main() made async and called directly without asyncio.run: nothing happens, and a warning.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def main():
    print('Main - Starting')
    print(await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]]))
    print('Main - Done')


if __name__ == '__main__':
    main()
    print("program finished")
