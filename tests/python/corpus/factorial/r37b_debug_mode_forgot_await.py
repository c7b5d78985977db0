# Running with asyncio.run(debug=True) to get more help about the factorial I never awaited.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    factorial(4)
    print(await factorial(4))


asyncio.run(main(), debug=True)
print("done")
