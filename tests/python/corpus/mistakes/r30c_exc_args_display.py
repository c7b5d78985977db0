# How exceptions with several or odd arguments print.
errors = [ValueError(1, 2), KeyError("a", "b"), KeyError(("a", "b")), OSError(2, "No such file"),
          OSError(13, "Denied", "data.csv"), OSError("just text"), OSError(2, "x", "a", 5, "b"),
          IndexError(), RuntimeError(None), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
          StopIteration(7), SystemExit(3), ExceptionGroup("g", [ValueError()])]
for e in errors:
    print(type(e).__name__, "|", str(e), "|", repr(e))
raise OSError(2, "No such file or directory", "config.yaml")
