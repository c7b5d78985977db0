# await in a list comprehension inside a plain function.
import asyncio

async def worker(n):
    return n

def main():
    return [await worker(n) for n in range(3)]

print(main())
