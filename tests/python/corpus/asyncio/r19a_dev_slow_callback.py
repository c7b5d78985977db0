# debug mode: a slow step is logged (message checked by pattern, not printed)
import asyncio
import logging
import re
import time

class Catch(logging.Handler):
    def emit(self, record):
        msg = record.getMessage()
        m = re.match(r"Executing <(\w+) .*?name='([^']+)'.* took (\d+\.\d+) seconds$", msg, re.S)
        if m:
            print("slow:", m.group(1), m.group(2), float(m.group(3)) >= 0.2)
        else:
            print("other log:", record.levelname, msg.split(' ')[0])

logging.getLogger('asyncio').addHandler(Catch())
logging.getLogger('asyncio').propagate = False

async def hog():
    time.sleep(0.25)

async def main():
    await asyncio.create_task(hog(), name='hog')
    print("main done")

asyncio.run(main(), debug=True)
