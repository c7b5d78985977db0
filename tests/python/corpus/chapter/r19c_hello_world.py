# Programiz / GeeksforGeeks: the first asyncio program
import asyncio

async def main():
    print('Hello ...')
    await asyncio.sleep(0.1)
    print('... World!')

coro = main()
print(type(coro).__name__, asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(main))
asyncio.run(coro)
print(asyncio.run(asyncio.sleep(0.1, result="sleep result")))
