# A comparison on the left of =.
import asyncio

x = 1
x == 1 = True
