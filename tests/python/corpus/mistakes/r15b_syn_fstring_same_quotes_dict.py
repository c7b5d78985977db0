# Mistake: a dict subscript inside an f-string reuses the f-string's own double quotes (fine only in 3.12).
import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    return {"status": 200, "body": "ok"}

async def main():
    reply = await fetch()
    print(f"status {reply["status"]}: {reply["body"]}")

asyncio.run(main())
