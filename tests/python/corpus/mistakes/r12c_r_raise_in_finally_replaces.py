# A finally block that raises while an exception is on its way out.
import asyncio

async def job(conn):
    try:
        await asyncio.sleep(0.01)
        raise ConnectionError("lost connection")
    finally:
        print("closing", conn["name"])
        conn["socket"].close()

asyncio.run(job({"name": "db"}))
