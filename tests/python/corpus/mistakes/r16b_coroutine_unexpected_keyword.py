# A coroutine called with a misspelt keyword argument inside create_task
import asyncio

async def wait_and_say(text, delay):
    await asyncio.sleep(delay)
    print(text)

async def main():
    t1 = asyncio.create_task(wait_and_say("first", delay=0.1))
    t2 = asyncio.create_task(wait_and_say("second", dealy=0.2))
    await t1
    await t2

asyncio.run(main())
