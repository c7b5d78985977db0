# A task still pending when asyncio.run returns gets cancelled; its finally block runs
import asyncio

async def forever(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(f"{name} finally ran")

async def main():
    asyncio.create_task(forever("bg1"))
    await asyncio.sleep(0.01)
    print("main returning")
    return "result"

print(asyncio.run(main()))
