# An exception class whose __str__ itself fails, printed by the default hook at exit.
class Broken(Exception):
    def __str__(self):
        return 1 / 0

try:
    raise Broken("data")
except Broken as e:
    print("repr:", repr(e))
    try:
        str(e)
    except ZeroDivisionError as inner:
        print("str failed:", inner)
raise Broken("at exit")
