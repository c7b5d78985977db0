# Turning on asyncio debug mode to find out where my un-awaited factorial coroutine was created.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r


async def main():
    print("debug:", asyncio.get_running_loop().get_debug())
    good = await factorial(5)
    factorial(6)
    print("good:", good)
    await asyncio.sleep(0.01)
    print("end of main")


asyncio.run(main(), debug=True)
