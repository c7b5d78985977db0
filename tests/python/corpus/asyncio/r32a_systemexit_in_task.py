# SystemExit raised inside a task stops asyncio.run with that exit code
import asyncio

async def quitter():
    await asyncio.sleep(0.01)
    print("quitter exiting with 3")
    raise SystemExit(3)

async def main():
    t = asyncio.create_task(quitter())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally, task done:", t.done())

asyncio.run(main())
