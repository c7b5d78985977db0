import sys

sys.tracebacklimit = 2


def level3(data):
    return data["missing"]


def level2(data):
    return level3(data) + 1


def level1(data):
    return level2(data) * 2


print(level1({"present": 1}))
