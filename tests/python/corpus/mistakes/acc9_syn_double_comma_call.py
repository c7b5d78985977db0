# Two commas in a row in a call.
print("start")

import asyncio

print(1, 2,, 3)
