# Pick TaskGroup when the Python version has it, else gather; print what we are running on.
import asyncio
import platform
import sys


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main(numbers):
    if sys.version_info >= (3, 11):
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(factorial(n)) for n in numbers]
        return [t.result() for t in tasks]
    return await asyncio.gather(*map(factorial, numbers))


print("Python", platform.python_version(), sys.version_info[:2], sys.implementation.name)
print("major.minor:", f"{sys.version_info.major}.{sys.version_info.minor}")
print(asyncio.run(main([5, 7, 3, 6])))
print("hexversion >= 3.11:", sys.hexversion >= 0x030B0000)
