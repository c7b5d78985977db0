# A logging call whose format string and arguments do not match
import logging

logging.basicConfig(format="%(levelname)s: %(message)s")
user, attempts = "ana", 3
logging.warning("user %s failed %d times", user, attempts)
logging.warning("user %s failed %d times", user)
print("program continues")
