# A timeout read as text (forgot float()) given to as_completed; tasks left behind
import asyncio

TIMEOUT = "0.5"

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def main():
    try:
        for f in asyncio.as_completed([job(2), job(6)], timeout=TIMEOUT):
            print(await f)
    except TypeError as e:
        print("TypeError:", e)
    print("tasks alive:", len(asyncio.all_tasks()))
    for f in asyncio.as_completed([job(2), job(6)], timeout=float(TIMEOUT)):
        print(await f)

asyncio.run(main())
