# A return inside an except* block.
def handle():
    try:
        raise ExceptionGroup("many", [KeyError("k")])
    except* KeyError:
        return "handled"

print(handle())
