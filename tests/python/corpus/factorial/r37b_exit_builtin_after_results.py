# After printing the results I call exit() like I do in the REPL.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    for n in (4, 6):
        print(n, await factorial(n))
    if True:
        exit(3)
    print("never printed")


asyncio.run(main())
print("also never printed")
