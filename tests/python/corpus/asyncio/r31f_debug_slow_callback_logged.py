# Debug mode logs slow steps; capture asyncio's log records and tidy them for printing
import asyncio
import logging
import os
import re
import time

records = []

class Capture(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage())

logging.getLogger("asyncio").addHandler(Capture())
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def main():
    asyncio.get_running_loop().slow_callback_duration = 0.05
    time.sleep(0.12)
    await asyncio.sleep(0)

asyncio.run(main(), debug=True)
for msg in records:
    msg = msg.replace(HERE, "")
    print(re.sub(r"took \d+\.\d+ seconds", "took N seconds", msg))
