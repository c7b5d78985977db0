# Calling asyncio.get_running_loop() in main() before asyncio.run has started the loop.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n <= 1 else n * await factorial(n - 1)


def main():
    print('Main - Starting')
    print(asyncio.run(factorial(5)))
    loop = asyncio.get_running_loop()
    print(loop.run_until_complete(factorial(6)))


if __name__ == '__main__':
    main()
