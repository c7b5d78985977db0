# A saved exception keeps a failed function's unawaited coroutine alive.
import asyncio

async def notify(user):
    await asyncio.sleep(0)

def process(user):
    reminder = notify(user)
    return user["email"]

saved = None
try:
    process({"name": "kim"})
except KeyError as e:
    saved = e
    print("failed on", e)
print("still holding the error")
saved = None
print("error released")
