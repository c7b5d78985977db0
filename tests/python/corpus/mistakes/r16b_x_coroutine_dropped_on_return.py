# A coroutine left in a local: the warning points at the caller's line
import asyncio
async def fetch(n):
    return n
def helper():
    c = fetch(1)
    return "done"
print(helper())
print("next line")
