# Dumping the results with pprint and json to see how each shows the big numbers.
import asyncio
import json
import math
from pprint import pprint, pformat


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    nums = [3, 10, 25, 40]
    results = dict(zip(nums, await asyncio.gather(*map(factorial, nums))))
    pprint(results, width=50)
    print(pformat({"inputs": nums, "count": len(nums)}, compact=True))
    text = json.dumps({str(k): v for k, v in results.items()}, indent=2)
    print(text)
    back = json.loads(text)
    print(back["40"] == results[40], type(back["40"]).__name__)
    print(json.dumps(results, sort_keys=True)[:40])


asyncio.run(main())
