# An object in a failing function lives until the except block is done.
class Temp:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("freed", self.tag)

def work():
    t = Temp("work-temp")
    return 1 / 0

try:
    work()
except ZeroDivisionError:
    print("in except block")
print("after except")
try:
    work()
except ZeroDivisionError as err:
    saved = err
print("saved the error")
del saved
print("deleted the error")
