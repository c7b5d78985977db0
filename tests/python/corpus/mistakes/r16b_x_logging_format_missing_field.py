# A logging format with a misspelt field: each message is a "Logging error" naming the field
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(mesage)s")
for n in range(2):
    logging.info("item %d", n)
print("the program goes on")
