# A ZeroDivisionError in a dict comprehension inside a coroutine.
import asyncio

async def rates(totals):
    await asyncio.sleep(0.1)
    return {k: v[0] / v[1] for k, v in totals.items()}

print(asyncio.run(rates({"a": (1, 2)})))
print(asyncio.run(rates({"b": (1, 0)})))
