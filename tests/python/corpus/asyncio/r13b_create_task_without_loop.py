import asyncio

async def job():
    return 1

coro = job()
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
print(asyncio.run(job()))
