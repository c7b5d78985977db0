# Put a request id into every log line with a contextvar and a logging.Filter.
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
handler.setFormatter(logging.Formatter("[%(request_id)s] %(levelname)s %(name)s: %(message)s"))
handler.addFilter(RequestIdFilter())
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.INFO)

async def db_query(q):
    await asyncio.sleep(0.01)
    log.info("query %r", q)

async def handle(rid, path):
    request_id.set(rid)
    log.info("start %s", path)
    await db_query(f"SELECT * FROM {path.strip('/')}")
    log.warning("done %s", path)

async def main():
    log.info("server up")
    await asyncio.gather(handle("req-1", "/users"), handle("req-2", "/orders"))
    log.info("server down")

asyncio.run(main())
