# I thought asyncio.run took the numbers as a second argument.
import asyncio


async def calculate_factorials(numbers=(1, 2)):
    out = []
    for n in numbers:
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        out.append(r)
    return out


print("Main - Starting")
print(asyncio.run(calculate_factorials, [5, 7, 3, 6]))
print("Main - Done")
