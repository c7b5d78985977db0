# A coroutine stored in an attribute, dropped with its object
import asyncio
async def fetch(n):
    return n
class Holder:
    def __init__(self):
        self.c = fetch(5)
h = Holder()
print("holder made")
h = None
print("holder gone")
