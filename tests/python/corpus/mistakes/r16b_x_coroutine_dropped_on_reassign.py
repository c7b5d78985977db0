# A coroutine never awaited: the warning comes where the variable is reassigned
import asyncio
async def fetch(n):
    return n
def helper():
    c = fetch(1)
    print("made", type(c).__name__)
    c = None
    print("after reassign")
helper()
