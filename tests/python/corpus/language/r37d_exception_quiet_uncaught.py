# An uncaught exception whose __str__ is empty, and one with a multi-line message, as users define them.
class Quiet(Exception):
    def __str__(self):
        return ""

class Multi(Exception):
    pass

try:
    raise Multi("line one\nline two\n  indented")
except Multi as e:
    print(repr(str(e)))
def deep():
    raise Quiet("not shown")
try:
    deep()
finally:
    print("finally ran")
