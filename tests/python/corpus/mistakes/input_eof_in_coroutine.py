import asyncio
import math

async def main():
    n = int(input("Enter a number: "))
    print(f"{n}! = {math.factorial(n)}")

asyncio.run(main())
