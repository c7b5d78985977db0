# Mistake: = instead of == in a condition.
import asyncio

n = 5
if n = 5:
    print('five')
