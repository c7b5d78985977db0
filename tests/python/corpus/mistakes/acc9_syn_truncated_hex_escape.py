# A \x escape with one hex digit.
print("start")

import asyncio

print("\x4")
