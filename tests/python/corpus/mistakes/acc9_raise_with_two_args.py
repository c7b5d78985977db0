# Exceptions with several arguments and with none.
for exc in (ValueError("bad", 42), RuntimeError(), KeyError("it's")):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
raise ValueError("bad", 42)
