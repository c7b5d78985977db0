# Summing awaited values with a generator expression inside a plain def
import asyncio

async def value(n):
    return n

def total(ns):
    return sum(await value(n) for n in ns)

print(total([1, 2, 3]))
