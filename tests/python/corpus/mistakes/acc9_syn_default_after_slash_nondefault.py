# A non-default parameter after a positional-only default.
import asyncio

def f(a=1, /, b):
    return a + b

print(f(b=2))
