# A coroutine closed while suspended, which swallows GeneratorExit by awaiting again.
import asyncio, sys

class Step:
    def __await__(self):
        yield

async def work():
    try:
        await Step()
    except GeneratorExit:
        print("caught exit, waiting more")
        await Step()

c = work()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
