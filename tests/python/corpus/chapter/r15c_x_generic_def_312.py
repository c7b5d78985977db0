# a 3.12 generic function with [T]: a SyntaxError in 3.11
import asyncio

async def first[T](items: list[T]) -> T:
    await asyncio.sleep(0.1)
    return items[0]

print(asyncio.run(first([3, 2, 1])))
