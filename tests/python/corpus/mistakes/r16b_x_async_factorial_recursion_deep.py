# An async recursive factorial of 2000 runs past the recursion limit
import asyncio
async def fact(n):
    return 1 if n <= 1 else n * await fact(n - 1)
async def main():
    print(await fact(10))
    print(await fact(2000))
asyncio.run(main())
