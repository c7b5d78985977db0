# exception message with newlines, unicode and empty message
class E(Exception):
    pass

try:
    raise E("")
except E as e:
    print(repr(str(e)))
raise ValueError("line one\nline two\n  indented: é ✓")
