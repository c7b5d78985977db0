# Request ids in log lines through a contextvar and a logging.Filter, as in a web framework tutorial
import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar("request_id", default="-")

class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(request_id)s] %(levelname)s %(message)s"))
handler.addFilter(RequestIdFilter())
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.INFO)

async def db_query(q):
    await asyncio.sleep(0.01)
    log.info("query %s", q)

async def handle(rid, delay):
    request_id.set(rid)
    log.info("start")
    await asyncio.sleep(delay)
    await db_query(f"select {rid}")
    log.warning("done")

async def main():
    log.info("server up")
    await asyncio.gather(handle("req-1", 0.03), handle("req-2", 0.0))
    log.info("server down")

asyncio.run(main())
