# The results shown with pprint (wrapped at its width) and json.dumps with indent
import asyncio
import json
import math
from pprint import pprint


async def factorial(n):
    await asyncio.sleep(0.1)
    return math.factorial(n)


async def main():
    numbers = [5, 10, 15, 20, 25, 30]
    results = dict(zip(numbers, await asyncio.gather(*map(factorial, numbers))))
    pprint(results)
    pprint(results, width=40)
    pprint({'numbers': numbers, 'digits': [len(str(v)) for v in results.values()]}, compact=True, width=50)
    print(json.dumps(results, indent=2)[:80])
    print(json.dumps({str(k): v for k, v in results.items() if k < 15}, sort_keys=True))


asyncio.run(main())
