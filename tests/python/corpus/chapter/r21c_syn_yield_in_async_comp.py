# yield inside a comprehension within an async function.
import asyncio

async def main():
    xs = [(yield i) for i in range(3)]
    print(xs)

asyncio.run(main())
