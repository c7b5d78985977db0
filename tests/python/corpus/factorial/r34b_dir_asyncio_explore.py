# Exploring the asyncio module with dir() to find the functions for the exercise.
import asyncio
import math

names = [n for n in dir(asyncio) if not n.startswith("_")]
print("waiting:", [n for n in names if "wait" in n.lower()])
print("running:", [n for n in names if n.startswith("run")])
print("tasks:", [n for n in names if "task" in n.lower()])
print("queues:", [n for n in names if "Queue" in n])
print("has as_completed:", "as_completed" in names, "| has gather:", hasattr(asyncio, "gather"))
print("math:", [n for n in dir(math) if "fact" in n or "gamma" in n or n.startswith("prod")])
print(asyncio.gather.__doc__.splitlines()[0])
print(asyncio.sleep.__doc__.splitlines()[0])
print(asyncio.as_completed.__doc__.strip().splitlines()[0])


async def factorial(n):
    return math.prod(range(1, n + 1))

print(asyncio.run(factorial(5)))
