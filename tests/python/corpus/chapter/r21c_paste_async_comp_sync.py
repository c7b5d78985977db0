# An async comprehension inside a plain function.
import asyncio

async def agen():
    for i in range(3):
        yield i

def main():
    return [x async for x in agen()]

print(main())
