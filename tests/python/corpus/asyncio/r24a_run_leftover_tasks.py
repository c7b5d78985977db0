import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run")
        raise
    finally:
        print(name, "finally")

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
        return "ignored"

async def main(factory):
    asyncio.create_task(factory())
    await asyncio.sleep(0.03)
    print("main returns")
    return "main result"

print(asyncio.run(main(lambda: forever("t1"))))
print(asyncio.run(main(stubborn)))
