# Using asyncio.Runner with debug=True and reading the loop's debug flag while computing.
import asyncio
import math


async def factorial(n):
    loop = asyncio.get_running_loop()
    acc = 1
    for i in range(1, n + 1):
        acc *= i
        await asyncio.sleep(0)
    return acc, loop.get_debug()


with asyncio.Runner(debug=True) as runner:
    value, debug = runner.run(factorial(12))
    print("12! =", value, "debug:", debug)
    print("matches math:", value == math.factorial(12))

with asyncio.Runner() as runner:
    value, debug = runner.run(factorial(5))
    print("5! =", value, "debug:", debug)
