# A KeyboardInterrupt raised inside a task escapes asyncio.run
import asyncio

async def victim():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt("pretend Ctrl-C")

async def bystander():
    try:
        await asyncio.sleep(1)
    finally:
        print("bystander finally")

async def main():
    asyncio.create_task(bystander())
    await asyncio.create_task(victim())

try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("caught", repr(e))
