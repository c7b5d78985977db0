# The built-in exception hierarchy: catching by base class, except order, and BaseException
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"LookupError subclass {type(e).__name__}"
    except ArithmeticError as e:
        return f"ArithmeticError subclass {type(e).__name__}"
    except OSError as e:
        return f"OSError {type(e).__name__} errno={e.errno}"
    except Exception as e:
        return f"other Exception {type(e).__name__}: {e}"


for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(),
            FileNotFoundError(2, "No such file"), PermissionError(13, "denied"), ValueError("v"),
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), RecursionError("deep"), StopIteration(5)]:
    print(classify(exc))
for cls in [KeyboardInterrupt, SystemExit, GeneratorExit, TimeoutError, ModuleNotFoundError, NotImplementedError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-1]])
print(FileNotFoundError(2, "No such file", "x.txt"))
print(repr(OSError(2, "x")), type(OSError(2, "x")).__name__, IOError is OSError)
try:
    raise SystemExit(3)
except Exception:
    print("not caught here")
except BaseException as e:
    print("BaseException caught:", repr(e), e.code)
raise KeyboardInterrupt
