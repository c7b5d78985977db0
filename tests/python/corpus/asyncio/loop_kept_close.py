# A task left pending by run_until_complete() goes on in the next run; loop.close() leaves it pending, and at exit it is closed (its finally block runs) and logged.
import asyncio

async def bg(name):
    try:
        while True:
            print(name, "tick")
            await asyncio.sleep(0.3)
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(bg("A"))
    await asyncio.sleep(0.5)
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("between")
loop.run_until_complete(asyncio.sleep(0.5))
print("closing")
loop.close()
print("end")
