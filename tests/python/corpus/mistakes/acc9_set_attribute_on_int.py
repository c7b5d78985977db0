# Setting an attribute on an int.
import asyncio

count = 5
count.total = 10
print(count)
