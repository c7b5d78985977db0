# Coroutines in a dict comprehension, dropped by del
import asyncio
async def fetch(n):
    return n
async def main():
    results = {n: fetch(n) for n in range(2)}
    print(len(results))
    del results
    print("deleted")
asyncio.run(main())
