import asyncio

async def fetch_count(queue_name):
    await asyncio.sleep(0)
    return {"emails": 5, "sms": 1}[queue_name]

async def main():
    for q in ("emails", "sms"):
        if fetch_count(q) > 3:
            print(q, "is busy")

asyncio.run(main())
