# __str__ raising or returning non-str when printing traceback
class Weird(Exception):
    def __str__(self):
        return 42

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")

try:
    raise Weird()
except Weird as e:
    print(repr(e))
raise Broken("x")
