import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    async with asyncio.timeout(1.0):
        print("5! =", await factorial(5))
    try:
        async with asyncio.timeout(0.25) as cm:
            print("12! =", await factorial(12))
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    try:
        async with asyncio.timeout(0.25):
            await factorial(12)
    except asyncio.CancelledError:
        print("not this")
    finally:
        print("finally runs")

asyncio.run(main())
