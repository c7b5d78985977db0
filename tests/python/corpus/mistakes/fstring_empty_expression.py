# Mistake: an f-string with empty braces.
import asyncio

n = 5
result = 120
print(f'{n}! = {}')
