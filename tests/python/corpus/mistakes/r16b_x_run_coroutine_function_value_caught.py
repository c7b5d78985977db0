# asyncio.run given a coroutine inside a list, caught: the warning comes as the handler ends
import asyncio

async def work():
    return 1

try:
    asyncio.run([work()][0:0] or 5)
except ValueError as e:
    print("caught:", e)
try:
    asyncio.wait_for(work(), "1")
    print("wait_for made a coroutine of its own")
except TypeError as e:
    print("caught:", e)
print("end")
