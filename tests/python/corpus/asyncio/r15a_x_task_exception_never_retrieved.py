# A fire-and-forget task that fails: "Task exception was never retrieved" at exit
import asyncio

async def send_email(to):
    await asyncio.sleep(0.01)
    raise ConnectionError(f"SMTP refused {to}")

async def main():
    asyncio.create_task(send_email("bob@example.com"))
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
