# Coroutines kept in a list: the warning comes where the list is cleared
import asyncio
async def fetch(n):
    return n
def helper():
    coros = [fetch(i) for i in range(3)]
    print(len(coros))
    coros.clear()
    print("cleared")
helper()
