# logging.info called like print, with a second argument: a "Logging error" and the program goes on
import logging
logging.basicConfig(level=logging.INFO)
x = 5
logging.info("value:", x)
print("still running")
