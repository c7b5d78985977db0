# Calling the factorial with the wrong arguments in several ways to see the messages.
import asyncio


async def factorial(n, /, *, delay=0.0):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        r *= i
    return r


async def main():
    calls = [
        lambda: factorial(),
        lambda: factorial(n=5),
        lambda: factorial(5, 0.1),
        lambda: factorial(5, dealy=0.1),
        lambda: factorial(5, delay=0.1, delay2=1),
    ]
    for call in calls:
        try:
            coro = call()
        except TypeError as e:
            print("TypeError:", e)
        else:
            print("ok:", await coro)
    print(await factorial(5, delay=0.001))


asyncio.run(main())
