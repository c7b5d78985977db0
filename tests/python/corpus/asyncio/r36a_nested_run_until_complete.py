# Calling run_until_complete from inside a running coroutine on the same loop is refused
import asyncio

loop = asyncio.new_event_loop()


async def helper():
    return "helper"


async def main():
    c = helper()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await c


print(loop.run_until_complete(main()))
print(loop.run_until_complete(asyncio.sleep(0.01, result="sleep result")))
loop.close()
print("closed:", loop.is_closed())
