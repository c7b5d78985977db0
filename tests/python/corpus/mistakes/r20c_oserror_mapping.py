# OSError with errno maps to subclasses; str forms of OSError
tests = [OSError(2, "No such file"), OSError(13, "denied", "a.txt"),
         OSError("plain"), OSError(17, "exists", "a", None, "b"), OSError()]
for e in tests:
    print(type(e).__name__, "|", e, "|", e.errno, e.strerror, e.filename)
e = FileNotFoundError(2, "No such file or directory", "config.ini")
print(repr(e.args))
raise e
