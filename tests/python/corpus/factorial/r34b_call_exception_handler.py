# Reporting a problem through the loop's default exception handler instead of raising it.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    if n > 170:
        loop = asyncio.get_running_loop()
        loop.call_exception_handler({
            "message": f"factorial({n}) too big for a float, returning None",
            "exception": OverflowError("int too large to convert to float"),
            "n": n,
        })
        return None
    return float(math.factorial(n))


async def main():
    print(await asyncio.gather(factorial(10), factorial(200), factorial(20)))
    asyncio.get_running_loop().call_exception_handler({"message": "just a message"})
    print("main done")


asyncio.run(main())
