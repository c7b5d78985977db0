# Shortening tracebacks with sys.tracebacklimit to hide the deep frames
import sys

def level3(x):
    return x["missing"]

def level2(x):
    return level3(x)

def level1(x):
    return level2(x)

sys.tracebacklimit = 2
level1({})
