# exit() with a message in a coroutine run under wait_for: the message, status 1
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if f > 50:
        exit(f'{n}! = {f} is too big')
    return f


async def main():
    for n in [3, 4, 5]:
        print(n, await asyncio.wait_for(factorial(n), timeout=2))


asyncio.run(main())
