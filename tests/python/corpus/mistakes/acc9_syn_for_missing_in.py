# A for loop missing in.
import asyncio

for i range(3):
    print(i)
