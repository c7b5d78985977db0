# Python 2's print with % formatting.
import asyncio

name = "Ann"
print "Hello %s" % name
