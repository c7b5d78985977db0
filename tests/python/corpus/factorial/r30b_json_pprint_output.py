# Dump the factorial results as JSON and pprint them.
import asyncio
import json
from pprint import pprint


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def main():
    nums = [5, 7, 3, 6, 25]
    results = {n: await factorial(n) for n in nums}
    print(json.dumps(results))
    print(json.dumps(results, indent=2, sort_keys=True))
    pprint(results)
    pprint({"factorials": results, "count": len(results)}, width=40)


asyncio.run(main())
