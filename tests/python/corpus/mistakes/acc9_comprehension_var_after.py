# A comprehension's variable used after it.
import asyncio

squares = [i * i for i in range(4)]
print(squares)
print("last i:", i)
