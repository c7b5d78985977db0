# input() in a loop with no end marker: EOFError at the end of the input
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

async def main():
    while True:
        n = int(input("Number: "))
        print(f"{n}! = {await factorial(n)}")

asyncio.run(main())
