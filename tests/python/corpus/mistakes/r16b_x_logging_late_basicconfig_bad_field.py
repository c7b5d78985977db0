# basicConfig called too late, then forced with a misspelt format field
import logging
logging.warning("no config: %s", "default format")
logging.info("not shown")
logging.error("error %r", {"a": 1})
logging.basicConfig(level=logging.DEBUG)
logging.debug("still not shown, basicConfig came too late")
logging.basicConfig(format="%(levelname)s:%(messag)s", force=True)
logging.warning("bad format key")
