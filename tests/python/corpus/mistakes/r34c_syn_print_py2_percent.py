# Old tutorial code: Python 2 print with % formatting
name = "asyncio"
version = 3
print "Learning %s version %d" % (name, version)
print("done")
