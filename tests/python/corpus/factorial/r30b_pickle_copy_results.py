# Save results with pickle (in memory) and copy them before modifying.
import asyncio
import copy
import pickle


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def main():
    nums = [5, 10, 20]
    results = {"values": dict(zip(nums, await asyncio.gather(*map(factorial, nums)))), "tags": ["a"]}
    blob = pickle.dumps(results)
    print(type(blob).__name__, pickle.loads(blob) == results)
    shallow, deep = copy.copy(results), copy.deepcopy(results)
    results["tags"].append("b")
    print(shallow["tags"], deep["tags"])
    print(pickle.loads(pickle.dumps(factorial.__name__)))
    pickle.dumps(factorial(1))


asyncio.run(main())
