# Shallow and deep copies of the results table before I change it.
import asyncio
import copy
import math


async def compute(nums):
    await asyncio.sleep(0.01)
    return {"inputs": nums, "values": [math.factorial(n) for n in nums], "meta": {"runs": 1}}


async def main():
    table = await compute([3, 4, 5])
    shallow = copy.copy(table)
    deep = copy.deepcopy(table)
    table["values"].append(math.factorial(6))
    table["meta"]["runs"] += 1
    table["inputs"] = [0]
    print("original:", table)
    print("shallow :", shallow)
    print("deep    :", deep)
    print(shallow["values"] is table["values"], deep["values"] is table["values"])


asyncio.run(main())
