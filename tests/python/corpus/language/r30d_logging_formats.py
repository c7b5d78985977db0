# logging formats with funcName/lineno/module, a StringIO handler, LoggerAdapter and exc_info output
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname).1s|%(name)s|%(module)s.%(funcName)s:%(lineno)d|%(message)s"))
log = logging.getLogger("app.core")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def process(item):
    log.debug("processing %r", item)
    if item < 0:
        log.warning("negative item %d", item)
    return item * 2


results = [process(i) for i in (1, -2)]
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.info("adapted message")
try:
    {}["key"]
except KeyError:
    log.error("lookup failed", exc_info=True)
text = stream.getvalue()
for line in text.splitlines():
    print(line.replace(__file__, "FILE") if "File" not in line else line.split(",")[1:])
print(logging.getLevelName("WARNING"), logging.getLevelName(25), logging.DEBUG, log.level, log.hasHandlers())
logging.getLogger("app").critical("to root's lastResort handler")
