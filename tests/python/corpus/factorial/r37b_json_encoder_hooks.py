# Saving results as JSON: a default= hook for my class, separators, and a decode error on bad text.
import asyncio
import json
import math


class Result:
    def __init__(self, n):
        self.n, self.value = n, math.factorial(n)


def encode(obj):
    if isinstance(obj, Result):
        return {"n": obj.n, "value": str(obj.value), "digits": len(str(obj.value))}
    raise TypeError(f"can't encode {type(obj).__name__}")


async def compute(n):
    await asyncio.sleep(0.01)
    return Result(n)


async def main():
    results = await asyncio.gather(*map(compute, [5, 25]))
    print(json.dumps(results, default=encode))
    print(json.dumps({"ok": True, "n!": [1, 2, 6], "é": None}, separators=(",", ":"), ensure_ascii=False))
    print(json.dumps({"b": 1, "a": [1.5, float("inf")]}, sort_keys=True, indent=1))
    try:
        json.loads('{"n": 5, "value": 120,}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
    json.dumps({1, 2}, default=encode)


asyncio.run(main())
