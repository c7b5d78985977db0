# asyncio.run(debug=True) flags a blocking step with "Executing ... took" (the time rounded away)
import asyncio
import logging
import time

class Short(logging.Filter):
    def filter(self, record):
        msg = record.getMessage()
        if "took" in msg:
            print("slow step reported:", msg.split(" took ")[0].split(" ")[0])
        return False

async def main():
    logging.getLogger("asyncio").addFilter(Short())
    time.sleep(0.2)
    await asyncio.sleep(0)

logging.basicConfig()
asyncio.run(main(), debug=True)
